x = 1 << 100
print(x)                            # expect: 1267650600228229401496703205376
print(x >> 99, x >> 100, x >> 101)  # expect: 2 1 0
print(-x >> 98, -1 >> 1000)         # expect: -4 -1
print((5 << 70) >> 70)              # expect: 5
