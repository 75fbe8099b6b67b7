code = 42
print("code", code)     # expect: code 42
raise ValueError(code)  # expect runtime error: ValueError: 42
