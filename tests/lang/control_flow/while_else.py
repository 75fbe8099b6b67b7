# The else block runs when the loop condition becomes false (no break).
n = 0
while n < 3:
    n += 1
else:
    print("finished normally, n =", n)  # expect: finished normally, n = 3
while True:
    break
else:
    print("never printed")
print("end")  # expect: end
