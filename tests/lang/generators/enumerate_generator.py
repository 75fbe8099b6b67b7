def names():
    yield "ann"
    yield "bob"

for i, name in enumerate(names(), 1):
    print(i, name)
# expect: 1 ann
# expect: 2 bob
