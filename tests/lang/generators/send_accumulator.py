def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
next(avg)
print(avg.send(10))  # expect: 10.0
print(avg.send(20))  # expect: 15.0
print(avg.send(60))  # expect: 30.0
