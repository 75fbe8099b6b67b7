class Thing:
    pass

t = Thing()
t[0]  # expect runtime error: TypeError: 'Thing' object is not subscriptable
