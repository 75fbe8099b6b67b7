a = [10, 20, 30, 40]
print(a.pop(-2), a)
print(a.pop(0), a)
print(a.pop(), a)
# expect: 30 [10, 20, 40]
# expect: 10 [20, 40]
# expect: 40 [20]
