data = [3, 8, 0, 5]
i = 0
while (value := data[i]) != 0:
    print("value", value)
    i += 1
print("stopped at", i, value)
# expect: value 3
# expect: value 8
# expect: stopped at 2 0
