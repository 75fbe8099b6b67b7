def noisy(x):
    print("computing", x)
    return x * 10

g = (noisy(x) for x in range(3))
print("created")
print(next(g))
print("between")
print(list(g))
# expect: created
# expect: computing 0
# expect: 0
# expect: between
# expect: computing 1
# expect: computing 2
# expect: [10, 20]
