class Thing:
    pass

len(Thing())  # expect runtime error: TypeError: object of type 'Thing' has no len()
