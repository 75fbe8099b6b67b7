vowels = {c for c in "aeiou"}
words = ["apple", "sky", "orb"]
print([w for w in words if w[0] in vowels])  # expect: ['apple', 'orb']
