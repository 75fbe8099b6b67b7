r = range(10, 20, 2)
print(r[0], r[2], r[-1])  # expect: 10 14 18
print(r[1:3])             # expect: range(12, 16, 2)
print(list(r[::-1]))      # expect: [18, 16, 14, 12, 10]
