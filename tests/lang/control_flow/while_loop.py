n = 1
while n < 100:
    n *= 3
print(n)  # expect: 243
count = 0
while count < 3:
    count += 1
    print("iteration", count)
# expect: iteration 1
# expect: iteration 2
# expect: iteration 3
