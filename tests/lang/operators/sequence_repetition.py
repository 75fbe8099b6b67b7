print([0] * 5)                   # expect: [0, 0, 0, 0, 0]
print([1, 2] * 3)                # expect: [1, 2, 1, 2, 1, 2]
print(3 * "ab")                  # expect: ababab
print("-" * 10)                  # expect: ----------
print((1,) * 4)                  # expect: (1, 1, 1, 1)
print([5] * 0, "x" * -2, "end")  # expect: []  end
