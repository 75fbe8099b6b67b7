for i in range(5):
    pass
print(i)
for word in ["a", "b"]:
    last = word
print(word, last)
j = "unchanged"
for j in []:
    pass
print(j)
# expect: 4
# expect: b b
# expect: unchanged
