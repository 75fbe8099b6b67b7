print(12 & 10, 12 | 10, 12 ^ 10)     # expect: 8 14 6
print(0b1100 & 0b0110)               # expect: 4
print(-1 & 255)                      # expect: 255
print(-12 & 10, -12 | 10, -12 ^ 10)  # expect: 0 -2 -2
