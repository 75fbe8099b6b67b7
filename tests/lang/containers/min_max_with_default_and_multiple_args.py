print(max([], default="empty"), min([], default=None))  # expect: empty None
print(max(3, 7, 5), min("b", "a", "c"))                 # expect: 7 a
print(max([1, 5], [1, 6]), min((2, "b"), (2, "a")))     # expect: [1, 6] (2, 'a')
print(max([3, -7, 5], key=abs))                         # expect: -7
