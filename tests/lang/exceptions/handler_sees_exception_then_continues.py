def process(items):
    results = []
    for item in items:
        try:
            results.append(10 // item)
        except ZeroDivisionError:
            results.append(None)
        except TypeError:
            results.append("bad")
    return results

print(process([2, 0, "x", 5]))  # expect: [5, None, 'bad', 2]
