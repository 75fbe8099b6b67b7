print(round(3.7), round(-3.7), round(7))                  # expect: 4 -4 7
print(round(3.14159, 3), round(2.5), round(3.5))          # expect: 3.142 2 4
print(round(1234, -2), round(1250, -2), round(1350, -2))  # expect: 1200 1200 1400
print(round(-0.4), round(0.45, 1))                        # expect: 0 0.5
print(type(round(5.5)), type(round(5.5, 1)))              # expect: <class 'int'> <class 'float'>
