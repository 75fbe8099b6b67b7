words = ["apple", "bob", "kiwi", "banana"]
lengths = {w: len(w) for w in words if len(w) > 3}
print(lengths)  # expect: {'apple': 5, 'kiwi': 4, 'banana': 6}
