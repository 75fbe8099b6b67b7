s = "abc"
print(s[-3])
print(s[10])
# expect: a
# expect runtime error: IndexError: string index out of range
