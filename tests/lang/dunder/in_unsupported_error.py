class Opaque:
    pass

1 in Opaque()  # expect runtime error: TypeError: argument of type 'Opaque' is not iterable
