# continue does not prevent the else clause; only break does.
for i in range(3):
    if i == 1:
        continue
    print("body", i)
else:
    print("else ran")
# expect: body 0
# expect: body 2
# expect: else ran
