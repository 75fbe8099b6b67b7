ok = {frozenset({1})}
print(len(ok))
bad = {{1}}
# expect: 1
# expect runtime error: TypeError: unhashable type: 'set'
