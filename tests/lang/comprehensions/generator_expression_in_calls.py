print(sum(x * x for x in range(10)))                           # expect: 285
print(list(x + 1 for x in (1, 2)))                             # expect: [2, 3]
print(any(x > 5 for x in [1, 7]), all(x > 5 for x in [1, 7]))  # expect: True False
print(max(len(w) for w in ["a", "abc", "ab"]))                 # expect: 3
print(", ".join(str(n) for n in range(3)))                     # expect: 0, 1, 2
print(tuple(c for c in "hi"))                                  # expect: ('h', 'i')
