def make_adder(n):
    return lambda x: x + n

adders = []
for n in range(3):
    adders.append(make_adder(n))
print([a(100) for a in adders])  # expect: [100, 101, 102]
