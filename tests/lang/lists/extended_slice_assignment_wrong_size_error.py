a = [0, 1, 2, 3, 4, 5]
a[::2] = [7, 8, 9]
print(a)  # expect: [7, 1, 8, 3, 9, 5]
a[::2] = [1, 2]
# expect runtime error: ValueError: attempt to assign sequence of size 2 to extended slice of size 3
