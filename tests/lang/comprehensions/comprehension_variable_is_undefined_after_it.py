values = [v * 2 for v in range(3)]
print(values)  # expect: [0, 2, 4]
print(v)       # expect runtime error: NameError: name 'v' is not defined
