r = range(10, 20, 2)
print(r[0], r[2], r[-1])
print(r[1:3])
print(list(r[::-1]))
# expect: 10 14 18
# expect: range(12, 16, 2)
# expect: [18, 16, 14, 12, 10]
