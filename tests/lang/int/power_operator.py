print(2 ** 8, (-2) ** 3, (-2) ** 4)
print(2 ** 0, 0 ** 0)
# ** is right-associative and binds tighter than unary minus.
print(2 ** 3 ** 2)
print(-2 ** 2)
# expect: 256 -8 16
# expect: 1 1
# expect: 512
# expect: -4
