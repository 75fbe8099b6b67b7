a = [0, 1, 2, 3, 4, 5]
a[::2] = ["a", "b", "c"]
print(a)  # expect: ['a', 1, 'b', 3, 'c', 5]
a[1::2] = [10, 30, 50]
print(a)  # expect: ['a', 10, 'b', 30, 'c', 50]
a[::-1] = list(range(6))
print(a)  # expect: [5, 4, 3, 2, 1, 0]
