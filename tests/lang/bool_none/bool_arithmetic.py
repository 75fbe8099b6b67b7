# bool is a subclass of int: True == 1 and False == 0.
print(True + True)
print(True * 10, False * 10)
print(True - False, -True)
print(sum([True, True, False, True]))
print(True / 2)
# expect: 2
# expect: 10 0
# expect: 1 -1
# expect: 3
# expect: 0.5
