def temps():
    yield from [21, 25, 19, 30, 22]

print(max(temps()), min(temps()))      # expect: 30 19
print(max(temps(), key=lambda t: -t))  # expect: 19
