# bool is a subclass of int: True == 1 and False == 0.
print(True + True)                     # expect: 2
print(True * 10, False * 10)           # expect: 10 0
print(True - False, -True)             # expect: 1 -1
print(sum([True, True, False, True]))  # expect: 3
print(True / 2)                        # expect: 0.5
