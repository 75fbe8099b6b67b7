def find(d, k):
    return d.get(k)

result = find({}, "a")
print(result)
print(result[0])
# expect: None
# expect runtime error: TypeError: 'NoneType' object is not subscriptable
