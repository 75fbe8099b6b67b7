a = [3, 1, 2]
result = a.sort()
print(result, a)
print(sorted(a, reverse=True), a)
# expect: None [1, 2, 3]
# expect: [3, 2, 1] [1, 2, 3]
