def naturals():
    n = 0
    while True:
        print("yield", n)
        yield n
        n += 1

print(any(x > 2 for x in naturals()))
# expect: yield 0
# expect: yield 1
# expect: yield 2
# expect: yield 3
# expect: True
