code = 42
print("code", code)
raise ValueError(code)
# expect: code 42
# expect runtime error: ValueError: 42
