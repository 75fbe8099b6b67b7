inner = [1]
d = {"list": inner}
inner.append(2)
print(d)  # expect: {'list': [1, 2]}
copy = dict(d)
copy["new"] = 3
print(len(d), len(copy), copy["list"] is inner)  # expect: 1 2 True
