greeting = "hello"
print(greeting.uppr())  # expect runtime error: AttributeError: 'str' object has no attribute 'uppr'. Did you mean: 'upper'?
