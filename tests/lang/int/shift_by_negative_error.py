print(1 << 3)
print(1 << -1)
# expect: 8
# expect runtime error: ValueError: negative shift count
