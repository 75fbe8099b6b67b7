print([0] * 3)         # expect: [0, 0, 0]
print(["a", "b"] * 2)  # expect: ['a', 'b', 'a', 'b']
print(2 * [None])      # expect: [None, None]
a = [1, 2]
a *= 2
print(a)  # expect: [1, 2, 1, 2]
