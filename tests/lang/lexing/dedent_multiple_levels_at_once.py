# A single line can close several blocks at once.
for i in range(2):
    for j in range(2):
        if i == j:
            print(i, j)
# expect: 0 0
# expect: 1 1
print("done")  # expect: done
