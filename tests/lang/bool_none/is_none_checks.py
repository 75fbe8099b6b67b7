def find(items, target):
    for i in range(len(items)):
        if items[i] == target:
            return i

r = find([5, 6, 7], 6)
print(r, r is None, r is not None)  # expect: 1 False True
r = find([5, 6, 7], 9)
print(r, r is None, r is not None)             # expect: None True False
print(None == None, None == 0, None == False)  # expect: True False False
