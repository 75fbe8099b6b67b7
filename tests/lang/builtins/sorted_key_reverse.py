data = [3, -1, 2, -5]
print(sorted(data))
print(sorted(data, reverse=True))
print(sorted(data, key=abs))
print(sorted("banana"))
print(sorted({"b": 1, "a": 2}))
print(data)
# expect: [-5, -1, 2, 3]
# expect: [3, 2, -1, -5]
# expect: [-1, 2, 3, -5]
# expect: ['a', 'a', 'a', 'b', 'n', 'n']
# expect: ['a', 'b']
# expect: [3, -1, 2, -5]
