total = 0
for n in (1, 2, 3, 4):
    total += n
print(total)
for name, age in (("ann", 30), ("bo", 25)):
    print(name, age)
# expect: 10
# expect: ann 30
# expect: bo 25
