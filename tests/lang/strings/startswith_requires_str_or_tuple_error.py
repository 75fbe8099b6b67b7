print("abc".startswith("a"))
"abc".startswith(["a"])
# expect: True
# expect runtime error: TypeError: startswith first arg must be str or a tuple of str, not list
