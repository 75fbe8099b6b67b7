def key():
    print("key() called")
    return "k"

d = {"k": 1}
d[key()] += 5  # expect: key() called
print(d)       # expect: {'k': 6}
