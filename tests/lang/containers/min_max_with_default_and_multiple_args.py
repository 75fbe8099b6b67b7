print(max([], default="empty"), min([], default=None))
print(max(3, 7, 5), min("b", "a", "c"))
print(max([1, 5], [1, 6]), min((2, "b"), (2, "a")))
print(max([3, -7, 5], key=abs))
# expect: empty None
# expect: 7 a
# expect: [1, 6] (2, 'a')
# expect: -7
