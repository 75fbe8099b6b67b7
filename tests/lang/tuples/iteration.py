total = 0
for n in (1, 2, 3, 4):
    total += n
print(total)  # expect: 10
for name, age in (("ann", 30), ("bo", 25)):
    print(name, age)
# expect: ann 30
# expect: bo 25
