values = [3, 2, 1, 0, 5]
pos = -1
def read():
    global pos
    pos += 1
    return values[pos]

print(list(iter(read, 0)))  # expect: [3, 2, 1]
