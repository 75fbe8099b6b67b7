def naturals():
    n = 0
    while True:
        yield n
        n += 1

seen = []
for n in naturals():
    if n * n > 50:
        break
    seen.append(n)
print(seen)  # expect: [0, 1, 2, 3, 4, 5, 6, 7]
