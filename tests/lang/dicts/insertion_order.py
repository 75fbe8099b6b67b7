d = {}
d["zebra"] = 1
d["apple"] = 2
d["mango"] = 3
print(list(d))  # expect: ['zebra', 'apple', 'mango']
print(d)        # expect: {'zebra': 1, 'apple': 2, 'mango': 3}
