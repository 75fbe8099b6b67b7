# Rebinding the loop variable inside the body does not affect iteration.
for i in range(3):
    print(i)
    i = 100
# expect: 0
# expect: 1
# expect: 2
