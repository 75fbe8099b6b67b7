a = ["x", "y", "x", "y", "x"]
print(a.index("x"), a.index("x", 1), a.index("x", 3), a.index("y", 2, 4))  # expect: 0 2 4 3
try:
    a.index("y", 4)
except ValueError as e:
    print(e)  # expect: 'y' is not in list
