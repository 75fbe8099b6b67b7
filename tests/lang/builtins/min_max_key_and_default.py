words = ["pear", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len))         # expect: fig banana
print(max([], default="empty"), min([], default=None))  # expect: empty None
print(max([3, 7], default=0))                           # expect: 7
print(max(-3, 2, -5, key=abs))                          # expect: -5
print(max(["a", "B"], key=lambda s: s.lower()))         # expect: B
