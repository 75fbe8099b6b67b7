print(sum(x * x for x in range(10)))        # expect: 285
print(", ".join(str(x) for x in range(4)))  # expect: 0, 1, 2, 3
print(sorted(c for c in "banana"))          # expect: ['a', 'a', 'a', 'b', 'n', 'n']
