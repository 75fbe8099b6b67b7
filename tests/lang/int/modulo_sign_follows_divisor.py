# The result of % has the sign of the right operand.
print(7 % 3, -7 % 3)
print(7 % -3, -7 % -3)
print(-1 % 10, 10 % 5)
# expect: 1 2
# expect: -2 -1
# expect: 9 0
