def running_total():
    total = 0
    for x in [5, 10, 20]:
        total += x
        yield total

print(list(running_total()))  # expect: [5, 15, 35]
