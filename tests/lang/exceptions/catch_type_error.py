try:
    "a" + 1
except TypeError as e:
    print(e)  # expect: can only concatenate str (not "int") to str
try:
    len(5)
except TypeError as e:
    print(e)  # expect: object of type 'int' has no len()
