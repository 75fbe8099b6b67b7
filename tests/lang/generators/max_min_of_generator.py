def temps():
    yield from [21, 25, 19, 30, 22]

print(max(temps()), min(temps()))
print(max(temps(), key=lambda t: -t))
# expect: 30 19
# expect: 19
