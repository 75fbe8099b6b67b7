values = {"name": "Ann", "n": 3}
print("{name} has {n}".format_map(values))  # expect: Ann has 3
print("{name} has {n}".format(**values))    # expect: Ann has 3
