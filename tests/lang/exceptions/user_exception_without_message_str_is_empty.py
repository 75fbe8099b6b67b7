class Empty(Exception):
    pass

e = Empty()
print(repr(str(e)), e.args, repr(e))  # expect: '' () Empty()
