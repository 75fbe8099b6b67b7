def naturals():
    n = 0
    while True:
        yield n
        n += 1

seen = []
print(all(seen.append(x) or x < 4 for x in naturals()))  # expect: False
print(seen)                                              # expect: [0, 1, 2, 3, 4]
