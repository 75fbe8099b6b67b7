print("before")
a, b = 5
# expect: before
# expect runtime error: TypeError: cannot unpack non-iterable int object
