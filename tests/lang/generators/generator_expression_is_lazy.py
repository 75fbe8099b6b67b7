def noisy(x):
    print("computing", x)
    return x * 10

g = (noisy(x) for x in range(3))
print("created")  # expect: created
print(next(g))
# expect: computing 0
# expect: 0
print("between")  # expect: between
print(list(g))
# expect: computing 1
# expect: computing 2
# expect: [10, 20]
