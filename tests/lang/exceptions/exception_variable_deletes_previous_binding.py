e = "previous"
try:
    raise ValueError("v")
except ValueError as e:
    pass
print(e)  # expect runtime error: NameError: name 'e' is not defined
