a = [1, 2]
alias = a
a.clear()
print(alias)  # expect: []
b = [1, 2]
alias_b = b
b = []
print(alias_b)  # expect: [1, 2]
