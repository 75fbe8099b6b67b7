text = "the quick brown the lazy the end"
counts = {w: text.split().count(w) for w in text.split()}
print(counts)  # expect: {'the': 3, 'quick': 1, 'brown': 1, 'lazy': 1, 'end': 1}
