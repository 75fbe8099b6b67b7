print("{} {}".format(1, 2))  # expect: 1 2
"{} {1}".format(1, 2)
# expect runtime error: ValueError: cannot switch from automatic field numbering to manual field specification
