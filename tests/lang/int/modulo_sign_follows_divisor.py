# The result of % has the sign of the right operand.
print(7 % 3, -7 % 3)    # expect: 1 2
print(7 % -3, -7 % -3)  # expect: -2 -1
print(-1 % 10, 10 % 5)  # expect: 9 0
