print(str(3.0), str(-0.0), str(1e22), str(1e-7))   # expect: 3.0 -0.0 1e+22 1e-07
print(str([1, "a"]), str((1,)), str({"k": None}))  # expect: [1, 'a'] (1,) {'k': None}
print(repr(str()), len(str()))                     # expect: '' 0
