def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
