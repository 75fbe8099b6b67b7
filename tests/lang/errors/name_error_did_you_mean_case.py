# A letter in the other case costs less than any other change.
Total = 10
print(total)  # expect runtime error: NameError: name 'total' is not defined. Did you mean: 'Total'?
