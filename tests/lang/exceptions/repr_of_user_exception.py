class MyError(Exception):
    pass

print(repr(MyError("x")))
print(repr(MyError()))
# expect: MyError('x')
# expect: MyError()
