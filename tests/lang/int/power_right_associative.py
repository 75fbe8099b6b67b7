print(2 ** 3 ** 2, (2 ** 3) ** 2)  # expect: 512 64
print(-2 ** 2, 2 ** -2 ** 1)       # expect: -4 0.25
