a = [1, 2, 3, 4, 5]
print(a.pop())    # expect: 5
print(a.pop(0))   # expect: 1
print(a.pop(-2))  # expect: 3
print(a)          # expect: [2, 4]
