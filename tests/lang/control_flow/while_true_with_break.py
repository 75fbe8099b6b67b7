total = 0
n = 0
while True:
    n += 1
    if n % 3 == 0:
        continue
    total += n
    if total > 20:
        break
print(n, total)  # expect: 8 27
