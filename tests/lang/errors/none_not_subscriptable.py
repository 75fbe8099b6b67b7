def find(d, k):
    return d.get(k)

result = find({}, "a")
print(result)     # expect: None
print(result[0])  # expect runtime error: TypeError: 'NoneType' object is not subscriptable
