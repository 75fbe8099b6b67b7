try:
    print(not_defined_anywhere)
except NameError as e:
    print(e)  # expect: name 'not_defined_anywhere' is not defined
