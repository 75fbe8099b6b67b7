print(1 << 4, 256 >> 4)    # expect: 16 16
print(-16 >> 2, -1 >> 10)  # expect: -4 -1
print(-5 >> 1)             # expect: -3
print(1 << 100)            # expect: 1267650600228229401496703205376
print((1 << 100) >> 98)    # expect: 4
print(5 << 0, 5 >> 10)     # expect: 5 0
