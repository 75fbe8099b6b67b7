a = [1, 2]
a.extend(a)
print(a)  # expect: [1, 2, 1, 2]
a.extend("ab")
a.extend({"k": 0})
print(a)  # expect: [1, 2, 1, 2, 'a', 'b', 'k']
