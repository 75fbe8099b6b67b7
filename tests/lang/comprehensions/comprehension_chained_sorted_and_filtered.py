scores = {"ann": 72, "bob": 95, "cid": 88, "dee": 60}
ranked = sorted(scores.items(), key=lambda kv: -kv[1])
print([name for name, s in ranked if s >= 70])  # expect: ['bob', 'cid', 'ann']
