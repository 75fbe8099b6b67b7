total = sum(n for n in range(4))
print(total)
print(n)
# expect: 6
# expect runtime error: NameError: name 'n' is not defined
