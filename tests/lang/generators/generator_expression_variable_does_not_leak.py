total = sum(n for n in range(4))
print(total)  # expect: 6
print(n)      # expect runtime error: NameError: name 'n' is not defined
