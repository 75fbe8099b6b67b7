# loops.py — integer arithmetic in nested while and for loops.

total = 0
i = 0
while i < 3000:
    j = 0
    while j < 1000:
        total = (total + i * j ^ (i + j)) % 1_000_003
        j += 1
    i += 1
for k in range(1_000_000):
    total += k & 7
print(total)
