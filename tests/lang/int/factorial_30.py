f = 1
for i in range(1, 31):
    f *= i
print(f)            # expect: 265252859812191058636308480000000
print(len(str(f)))  # expect: 33
