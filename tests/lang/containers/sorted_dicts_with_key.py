rows = [{"name": "b", "score": 2}, {"name": "a", "score": 3}, {"name": "c", "score": 1}]
print([r["name"] for r in sorted(rows, key=lambda r: r["score"])])  # expect: ['c', 'b', 'a']
print(max(rows, key=lambda r: r["score"])["name"])                  # expect: a
print(min(rows, key=lambda r: r["name"])["score"])                  # expect: 3
