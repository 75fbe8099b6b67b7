class Thing:
    pass

int(Thing())
# expect runtime error: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'Thing'
