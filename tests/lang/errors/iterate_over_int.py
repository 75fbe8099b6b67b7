total = 0
for ch in "12":
    total += int(ch)
print(total)  # expect: 3
for n in total:
    print(n)
# expect runtime error: TypeError: 'int' object is not iterable
