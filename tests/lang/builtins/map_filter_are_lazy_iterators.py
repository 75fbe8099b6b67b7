def loud(x):
    print("mapping", x)
    return x * 10

m = map(loud, [1, 2])
print("created")  # expect: created
print(next(m))
# expect: mapping 1
# expect: 10
print(list(m))
# expect: mapping 2
# expect: [20]
print(list(m))  # expect: []
