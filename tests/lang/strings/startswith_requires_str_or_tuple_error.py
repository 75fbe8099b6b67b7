print("abc".startswith("a"))  # expect: True
"abc".startswith(["a"])
# expect runtime error: TypeError: startswith first arg must be str or a tuple of str, not list
