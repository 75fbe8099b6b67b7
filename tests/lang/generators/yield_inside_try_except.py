def parse(tokens):
    for t in tokens:
        try:
            yield int(t)
        except ValueError:
            yield None

print(list(parse(["1", "two", "3"])))  # expect: [1, None, 3]
