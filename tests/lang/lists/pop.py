a = [1, 2, 3, 4, 5]
print(a.pop())
print(a.pop(0))
print(a.pop(-2))
print(a)
# expect: 5
# expect: 1
# expect: 3
# expect: [2, 4]
