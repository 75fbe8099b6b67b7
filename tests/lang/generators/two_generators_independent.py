def counter():
    n = 0
    while True:
        n += 1
        yield n

a = counter()
b = counter()
print(next(a), next(a), next(a))  # expect: 1 2 3
print(next(b))                    # expect: 1
print(next(a))                    # expect: 4
