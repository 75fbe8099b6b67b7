def key():
    print("key() called")
    return "k"

d = {"k": 1}
d[key()] += 5
print(d)
# expect: key() called
# expect: {'k': 6}
