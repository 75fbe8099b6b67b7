# A builtin holds values that only it refers to while it calls back into Python, which
# allocates and so may collect: the values survive, whatever the callback does.
items = [[i] * 3 for i in range(50)]


def clear_then_key(x):
    items.clear()          # the list no longer holds the item max() keeps
    junk = [str(i) * 10 for i in range(200)]
    return x[0]


print(max(items, key=clear_then_key))                             # expect: [0, 0, 0]
print(items)                                                      # expect: []

data = [str(i) * 2 for i in range(300)]


def key(s):
    data.append(s + "!")   # sort sees an empty list; what it adds is dropped after
    return s[::-1]


try:
    data.sort(key=key)
except ValueError as e:
    print(e)                                                      # expect: list modified during sort
print(len(data), data[0], data[-1])                               # expect: 300 00 9999
