class P:
    x = 3
    y = 4

data = [10, 20, 30]
print("{0[1]} {0[2]}".format(data))
print("{p.x},{p.y}".format(p=P()))
print("{d[key]} {d[n]}".format(d={"key": "v", "n": 5}))
print("{0[0][1]}".format([["a", "b"]]))
# expect: 20 30
# expect: 3,4
# expect: v 5
# expect: b
