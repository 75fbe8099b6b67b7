s = {1}
s.pop()
print(len(s))  # expect: 0
s.pop()        # expect runtime error: KeyError: 'pop from an empty set'
