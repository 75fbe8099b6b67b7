print(len(range(10)))
print(len(range(1, 10, 2)))
print(len(range(10, 0, -3)))
print(len(range(0, 10 ** 6, 7)))
# expect: 10
# expect: 5
# expect: 4
# expect: 142858
