for ch in "héy":
    print(ch)
# expect: h
# expect: é
# expect: y
count = 0
for ch in "banana":
    if ch == "a":
        count += 1
print(count)        # expect: 3
print(list("abc"))  # expect: ['a', 'b', 'c']
