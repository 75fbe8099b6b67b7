class Thing:
    pass

for x in Thing():
    pass
# expect runtime error: TypeError: 'Thing' object is not iterable
