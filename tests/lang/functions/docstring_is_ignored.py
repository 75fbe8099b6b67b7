def documented(x):
    """Return x plus one.

    The docstring is just a string expression statement.
    """
    return x + 1

def only_doc():
    "Nothing else here."

print(documented(1), only_doc())  # expect: 2 None
