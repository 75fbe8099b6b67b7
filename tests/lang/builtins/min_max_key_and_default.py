words = ["pear", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len))
print(max([], default="empty"), min([], default=None))
print(max([3, 7], default=0))
print(max(-3, 2, -5, key=abs))
print(max(["a", "B"], key=lambda s: s.lower()))
# expect: fig banana
# expect: empty None
# expect: 7
# expect: -5
# expect: B
