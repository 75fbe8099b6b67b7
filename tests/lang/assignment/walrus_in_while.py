data = [3, 8, 0, 5]
i = 0
while (value := data[i]) != 0:
    print("value", value)
    i += 1
# expect: value 3
# expect: value 8
print("stopped at", i, value)  # expect: stopped at 2 0
