print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
# expect: 1200 1200 1400 -1200
print(round(5, -1), round(15, -1), round(25, -1))    # expect: 0 20 20
print(round(123, 2), type(round(123, -1)).__name__)  # expect: 123 int
