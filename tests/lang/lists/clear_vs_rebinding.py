a = [1, 2]
alias = a
a.clear()
print(alias)
b = [1, 2]
alias_b = b
b = []
print(alias_b)
# expect: []
# expect: [1, 2]
