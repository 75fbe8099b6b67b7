print(sum(x * x for x in range(10)))
print(", ".join(str(x) for x in range(4)))
print(sorted(c for c in "banana"))
# expect: 285
# expect: 0, 1, 2, 3
# expect: ['a', 'a', 'a', 'b', 'n', 'n']
