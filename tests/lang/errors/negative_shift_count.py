print(1 << 3)   # expect: 8
print(1 << -1)  # expect runtime error: ValueError: negative shift count
