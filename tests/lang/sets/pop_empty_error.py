s = {1}
s.pop()
print(len(s))
s.pop()
# expect: 0
# expect runtime error: KeyError: 'pop from an empty set'
