n = 1
while n < 100:
    n *= 3
print(n)
count = 0
while count < 3:
    count += 1
    print("iteration", count)
# expect: 243
# expect: iteration 1
# expect: iteration 2
# expect: iteration 3
