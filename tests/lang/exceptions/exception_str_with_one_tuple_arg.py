e = ValueError((1, 2))
print(e)       # expect: (1, 2)
print(e.args)  # expect: ((1, 2),)
