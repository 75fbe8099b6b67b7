values = [v * 2 for v in range(3)]
print(values)
print(v)
# expect: [0, 2, 4]
# expect runtime error: NameError: name 'v' is not defined
