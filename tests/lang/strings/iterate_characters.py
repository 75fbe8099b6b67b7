for ch in "héy":
    print(ch)
count = 0
for ch in "banana":
    if ch == "a":
        count += 1
print(count)
print(list("abc"))
# expect: h
# expect: é
# expect: y
# expect: 3
# expect: ['a', 'b', 'c']
