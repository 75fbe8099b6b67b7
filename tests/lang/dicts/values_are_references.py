inner = [1]
d = {"list": inner}
inner.append(2)
print(d)
copy = dict(d)
copy["new"] = 3
print(len(d), len(copy), copy["list"] is inner)
# expect: {'list': [1, 2]}
# expect: 1 2 True
