print(list(reversed([1, 2, 3])))
print("".join(reversed("abc")))
print(tuple(reversed((1, 2))))
print(list(reversed(range(4))))
for x in reversed([7, 8]):
    print(x)
# expect: [3, 2, 1]
# expect: cba
# expect: (2, 1)
# expect: [3, 2, 1, 0]
# expect: 8
# expect: 7
