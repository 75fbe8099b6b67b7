vowels = set("aeiou")
word = "education"
found = 0
for ch in word:
    if ch in vowels:
        found += 1
print(found)                             # expect: 5
print("x" in vowels, "x" not in vowels)  # expect: False True
