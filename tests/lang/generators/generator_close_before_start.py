def gen():
    print("never runs")
    yield 1

g = gen()
g.close()
print(list(g))  # expect: []
