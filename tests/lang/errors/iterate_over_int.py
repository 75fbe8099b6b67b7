total = 0
for ch in "12":
    total += int(ch)
print(total)
for n in total:
    print(n)
# expect: 3
# expect runtime error: TypeError: 'int' object is not iterable
