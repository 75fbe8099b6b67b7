def tally():
    total = 0
    while True:
        x = yield total
        if x is not None:
            total += x

t = tally()
print(next(t))    # expect: 0
print(t.send(5))  # expect: 5
print(next(t))    # expect: 5
print(t.send(7))  # expect: 12
