# Regression (difftest): a str format spec with an unknown type names the type first, and a
# space sign is its own error, as in CPython; the 'z' flag was refused before either.
def fmt(spec):
    try:
        print(repr(format("abc", spec)))
    except ValueError as e:
        print(e)


fmt("z0.9d")  # expect: Unknown format code 'd' for object of type 'str'
fmt(" z0.3")  # expect: Space not allowed in string format specifier
fmt(" ")  # expect: Space not allowed in string format specifier
fmt("+z")  # expect: Sign not allowed in string format specifier
fmt("z5")  # expect: Negative zero coercion (z) not allowed in string format specifier
fmt("z#")  # expect: Negative zero coercion (z) not allowed in string format specifier
fmt("#")  # expect: Alternate form (#) not allowed in string format specifier
fmt(">5")  # expect: '  abc'
