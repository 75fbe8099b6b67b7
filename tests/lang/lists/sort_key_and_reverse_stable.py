words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)  # expect: ['a', 'e', 'bb', 'dd', 'ccc']
words.sort(key=len, reverse=True)
print(words)  # expect: ['ccc', 'bb', 'dd', 'a', 'e']
