a = 10 ** 30 + 7
print(a % 1000, -a % 1000)    # expect: 7 993
print(a % -1000, -a % -1000)  # expect: -993 -7
