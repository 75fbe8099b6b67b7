def flatten(value):
    if not isinstance(value, (list, tuple)):
        return [value]
    result = []
    for item in value:
        result.extend(flatten(item))
    return result

def depth(value):
    if not isinstance(value, list):
        return 0
    return 1 + max((depth(v) for v in value), default=0)

nested = [1, [2, [3, [4, (5, 6)]]], [], "seven"]
print(flatten(nested))                     # expect: [1, 2, 3, 4, 5, 6, 'seven']
print(depth(nested), depth([]), depth(3))  # expect: 4 1 0
