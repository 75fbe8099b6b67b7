print(round(3.14159, 2))     # expect: 3.14
print(round(2.675, 2))       # expect: 2.67
print(round(1.005, 2))       # expect: 1.0
print(round(2.5, 0))         # expect: 2.0
print(round(1234.5678, -2))  # expect: 1200.0
print(round(0.125, 2))       # expect: 0.12
