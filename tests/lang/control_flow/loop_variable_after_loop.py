for i in range(5):
    pass
print(i)  # expect: 4
for word in ["a", "b"]:
    last = word
print(word, last)  # expect: b b
j = "unchanged"
for j in []:
    pass
print(j)  # expect: unchanged
