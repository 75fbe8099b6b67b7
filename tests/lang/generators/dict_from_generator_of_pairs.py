def pairs():
    for i, ch in enumerate("abc"):
        yield ch, i

print(dict(pairs()))                         # expect: {'a': 0, 'b': 1, 'c': 2}
print(dict((k, v * 2) for k, v in pairs()))  # expect: {'a': 0, 'b': 2, 'c': 4}
