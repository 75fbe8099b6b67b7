# Floor division rounds toward negative infinity, not toward zero.
print(7 // 2, -7 // 2)
print(7 // -2, -7 // -2)
print(-1 // 10, 1 // -10)
print(0 // -5)
# expect: 3 -4
# expect: -4 3
# expect: -1 -1
# expect: 0
