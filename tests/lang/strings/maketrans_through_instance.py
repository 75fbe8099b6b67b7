# Regression (difftest): str.maketrans is a static method, but called through a string
# ("abc".maketrans(...)) it received the string as its first argument.
print("abc".maketrans({"a": "1"}))  # expect: {97: '1'}
print("xyz".maketrans("ab", "cd"))  # expect: {97: 99, 98: 100}
print("abc".translate("".maketrans("ab", "AB", "c")))  # expect: AB
print(str.maketrans("a", "b"))  # expect: {97: 98}
try:
    "".maketrans()
except TypeError as e:
    print(e)  # expect: maketrans expected at least 1 argument, got 0
