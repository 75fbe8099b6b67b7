print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))  # expect: 0 2 2 0 -2
print(round(2.675, 2), round(0.125, 2), round(0.375, 2))             # expect: 2.67 0.12 0.38
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)       # expect: int float
