# A NameError offers the nearest name of the module.
length = 3
print(lenght)  # expect runtime error: NameError: name 'lenght' is not defined. Did you mean: 'length'?
