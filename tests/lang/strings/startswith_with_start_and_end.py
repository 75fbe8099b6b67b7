s = "hello world"
print(s.startswith("world", 6))
print(s.startswith("hello", 1))
print(s.endswith("hello", 0, 5))
print(s.startswith(("x", "wor"), 6, 9))
# expect: True
# expect: False
# expect: True
# expect: True
