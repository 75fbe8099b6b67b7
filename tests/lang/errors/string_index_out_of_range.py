s = "abc"
print(s[-3])  # expect: a
print(s[10])  # expect runtime error: IndexError: string index out of range
