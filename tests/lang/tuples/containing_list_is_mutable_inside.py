t = ([1], [2])
t[0].append(5)
print(t)  # expect: ([1, 5], [2])
try:
    t[0] += [6]
except TypeError as e:
    print(e)  # expect: 'tuple' object does not support item assignment
print(t)      # expect: ([1, 5, 6], [2])
