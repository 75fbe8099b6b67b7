print(list(reversed([1, 2, 3])))  # expect: [3, 2, 1]
print("".join(reversed("abc")))   # expect: cba
print(tuple(reversed((1, 2))))    # expect: (2, 1)
print(list(reversed(range(4))))   # expect: [3, 2, 1, 0]
for x in reversed([7, 8]):
    print(x)
# expect: 8
# expect: 7
