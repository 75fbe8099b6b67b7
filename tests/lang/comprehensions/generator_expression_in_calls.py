print(sum(x * x for x in range(10)))
print(list(x + 1 for x in (1, 2)))
print(any(x > 5 for x in [1, 7]), all(x > 5 for x in [1, 7]))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(", ".join(str(n) for n in range(3)))
print(tuple(c for c in "hi"))
# expect: 285
# expect: [2, 3]
# expect: True False
# expect: 3
# expect: 0, 1, 2
# expect: ('h', 'i')
