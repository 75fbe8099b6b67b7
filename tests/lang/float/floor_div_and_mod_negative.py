print(7.5 // 2, 7.5 % 2)    # expect: 3.0 1.5
print(-7.5 // 2, -7.5 % 2)  # expect: -4.0 0.5
print(7.5 // -2, 7.5 % -2)  # expect: -4.0 -0.5
print(-1.0 % 3)             # expect: 2.0
print(5.0 % 2.5)            # expect: 0.0
