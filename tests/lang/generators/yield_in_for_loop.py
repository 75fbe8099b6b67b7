def count_up(n):
    i = 1
    while i <= n:
        yield i
        i += 1

for x in count_up(3):
    print(x)
# expect: 1
# expect: 2
# expect: 3
