ok = {frozenset({1})}
print(len(ok))  # expect: 1
bad = {{1}}     # expect runtime error: TypeError: unhashable type: 'set'
