def loud(x):
    print("mapping", x)
    return x * 10

m = map(loud, [1, 2])
print("created")
print(next(m))
print(list(m))
print(list(m))
# expect: created
# expect: mapping 1
# expect: 10
# expect: mapping 2
# expect: [20]
# expect: []
