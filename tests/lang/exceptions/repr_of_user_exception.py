class MyError(Exception):
    pass

print(repr(MyError("x")))  # expect: MyError('x')
print(repr(MyError()))     # expect: MyError()
