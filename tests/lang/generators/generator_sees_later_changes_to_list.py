data = [1, 2]
g = (x * 10 for x in data)
data.append(3)
print(list(g))  # expect: [10, 20, 30]
