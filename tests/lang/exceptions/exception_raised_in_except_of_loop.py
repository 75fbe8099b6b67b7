count = 0
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
        count += 1
    except KeyError as e:
        print("key", e)  # expect: key 1
print(count)             # expect: 2
