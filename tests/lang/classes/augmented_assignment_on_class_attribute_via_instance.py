class Counter:
    count = 0

c = Counter()
c.count += 1
c.count += 1
print(c.count, Counter.count)  # expect: 2 0
