# Floor division rounds toward negative infinity, not toward zero.
print(7 // 2, -7 // 2)     # expect: 3 -4
print(7 // -2, -7 // -2)   # expect: -4 3
print(-1 // 10, 1 // -10)  # expect: -1 -1
print(0 // -5)             # expect: 0
