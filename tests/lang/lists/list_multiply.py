print([0] * 3)
print(["a", "b"] * 2)
print(2 * [None])
a = [1, 2]
a *= 2
print(a)
# expect: [0, 0, 0]
# expect: ['a', 'b', 'a', 'b']
# expect: [None, None]
# expect: [1, 2, 1, 2]
