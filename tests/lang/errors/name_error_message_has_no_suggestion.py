# The suggestion is part of the report, not of the exception's message.
length = 3
try:
    print(lenght)
except NameError as e:
    print(e)  # expect: name 'lenght' is not defined
    print(e.name)  # expect: lenght
