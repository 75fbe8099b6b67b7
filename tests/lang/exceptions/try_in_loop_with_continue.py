values = ["1", "x", "3", "", "5"]
total = 0
for v in values:
    try:
        n = int(v)
    except ValueError:
        print("skip", repr(v))
        continue
    total += n
# expect: skip 'x'
# expect: skip ''
print(total)  # expect: 9
