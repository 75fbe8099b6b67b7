# round() uses banker's rounding: halves go to the even neighbour.
print(round(0.5), round(1.5), round(2.5), round(3.5))  # expect: 0 2 2 4
print(round(-0.5), round(-1.5), round(-2.5))           # expect: 0 -2 -2
print(round(2.4), round(2.6))                          # expect: 2 3
print(type(round(2.5)))                                # expect: <class 'int'>
