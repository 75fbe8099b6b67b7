words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
# expect: ['a', 'e', 'bb', 'dd', 'ccc']
# expect: ['ccc', 'bb', 'dd', 'a', 'e']
