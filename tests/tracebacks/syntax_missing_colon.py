# A block header without its colon.
scores = [3, 5, 8]
for s in scores
    print(s)
