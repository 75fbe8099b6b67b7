def averager():
    total, count = 0.0, 0
    while True:
        value = yield
        if value is None:
            break
        total += value
        count += 1
    return (count, total / count if count else None)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

def report(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for v in values:
            group.send(v)
        group.send(None)
    return results

data = {
    "girls;kg": [40.9, 38.5, 44.3, 42.2, 45.2, 41.7, 44.5, 38.0, 40.6, 44.5],
    "girls;m": [1.6, 1.51, 1.4, 1.3, 1.41, 1.39, 1.33, 1.46, 1.45, 1.43],
    "boys;kg": [39.0, 40.8, 43.2, 40.8, 43.1, 38.6, 41.4, 40.6, 36.3],
    "boys;m": [1.38, 1.5, 1.32, 1.25, 1.37, 1.48, 1.25, 1.49, 1.46],
    "empty;x": [],
}
for key, (count, avg) in sorted(report(data).items()):
    group, unit = key.split(";")
    print(f"{count:2} {group:5} averaging {avg:.2f}{unit}" if avg is not None else f"{count:2} {group:5} no data")
# expect:  9 boys  averaging 40.42kg
# expect:  9 boys  averaging 1.39m
# expect:  0 empty no data
# expect: 10 girls averaging 42.04kg
# expect: 10 girls averaging 1.43m
def running():
    total = n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
r = running()
next(r)
print([round(r.send(x), 3) for x in [10, 20, 30, 5]])  # expect: [10.0, 15.0, 20.0, 16.25]
r.close()
try:
    r.send(1)
except StopIteration:
    print("closed coroutine raises StopIteration")  # expect: closed coroutine raises StopIteration
