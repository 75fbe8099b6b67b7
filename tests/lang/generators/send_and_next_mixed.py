def tally():
    total = 0
    while True:
        x = yield total
        if x is not None:
            total += x

t = tally()
print(next(t))
print(t.send(5))
print(next(t))
print(t.send(7))
# expect: 0
# expect: 5
# expect: 5
# expect: 12
