words = [a + b + c for a in "ab" for b in "cd" for c in "ef"]
print(words)       # expect: ['ace', 'acf', 'ade', 'adf', 'bce', 'bcf', 'bde', 'bdf']
print(len(words))  # expect: 8
