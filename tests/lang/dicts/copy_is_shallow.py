d = {"list": [1], "n": 1}
c = d.copy()
c["n"] = 2
c["list"].append(2)
print(d, c)                        # expect: {'list': [1, 2], 'n': 1} {'list': [1, 2], 'n': 2}
print(dict(d) == d, dict(d) is d)  # expect: True False
