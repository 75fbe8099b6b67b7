print(2 ** 8, (-2) ** 3, (-2) ** 4)  # expect: 256 -8 16
print(2 ** 0, 0 ** 0)                # expect: 1 1
# ** is right-associative and binds tighter than unary minus.
print(2 ** 3 ** 2)  # expect: 512
print(-2 ** 2)      # expect: -4
