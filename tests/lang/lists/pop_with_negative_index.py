a = [10, 20, 30, 40]
print(a.pop(-2), a)  # expect: 30 [10, 20, 40]
print(a.pop(0), a)   # expect: 10 [20, 40]
print(a.pop(), a)    # expect: 40 [20]
