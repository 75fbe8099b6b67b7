t = ([1], [2])
t[0].append(5)
print(t)
try:
    t[0] += [6]
except TypeError as e:
    print(e)
print(t)
# expect: ([1, 5], [2])
# expect: 'tuple' object does not support item assignment
# expect: ([1, 5, 6], [2])
