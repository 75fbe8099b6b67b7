def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

c = count(10, 5)
print(next(c), next(c), next(c))  # expect: 10 15 20
