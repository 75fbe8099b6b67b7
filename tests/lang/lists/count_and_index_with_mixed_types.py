a = [1, "1", 1.0, True, [1]]
print(a.count(1), a.count("1"), a.count([1]))  # expect: 3 1 1
print(a.index(True), a.index([1]))             # expect: 0 4
