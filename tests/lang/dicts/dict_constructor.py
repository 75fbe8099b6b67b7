print(dict())                        # expect: {}
print(dict(a=1, b=2))                # expect: {'a': 1, 'b': 2}
print(dict([("x", 1), ("y", 2)]))    # expect: {'x': 1, 'y': 2}
print(dict({"k": "v"}, extra=True))  # expect: {'k': 'v', 'extra': True}
print(dict(zip("abc", range(3))))    # expect: {'a': 0, 'b': 1, 'c': 2}
