print(round(1234.5, -2), round(1250.0, -2), round(-1550.0, -2))  # expect: 1200.0 1200.0 -1600.0
print(round(3.14159, 3), round(3.14159, 0))                      # expect: 3.142 3.0
