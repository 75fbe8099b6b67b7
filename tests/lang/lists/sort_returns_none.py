a = [3, 1, 2]
result = a.sort()
print(result, a)                   # expect: None [1, 2, 3]
print(sorted(a, reverse=True), a)  # expect: [3, 2, 1] [1, 2, 3]
