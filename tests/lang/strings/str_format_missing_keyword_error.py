print("{a}".format(a=1))  # expect: 1
"{a} {b}".format(a=1)     # expect runtime error: KeyError: 'b'
