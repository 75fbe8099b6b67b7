class P:
    x = 3
    y = 4

data = [10, 20, 30]
print("{0[1]} {0[2]}".format(data))                      # expect: 20 30
print("{p.x},{p.y}".format(p=P()))                       # expect: 3,4
print("{d[key]} {d[n]}".format(d={"key": "v", "n": 5}))  # expect: v 5
print("{0[0][1]}".format([["a", "b"]]))                  # expect: b
