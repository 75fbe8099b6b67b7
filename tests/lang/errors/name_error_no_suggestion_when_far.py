# Too many changes: no suggestion.
apple = 1
print(banana)  # expect runtime error: NameError: name 'banana' is not defined
