print([0] * 5)
print([1, 2] * 3)
print(3 * "ab")
print("-" * 10)
print((1,) * 4)
print([5] * 0, "x" * -2, "end")
# expect: [0, 0, 0, 0, 0]
# expect: [1, 2, 1, 2, 1, 2]
# expect: ababab
# expect: ----------
# expect: (1, 1, 1, 1)
# expect: []  end
