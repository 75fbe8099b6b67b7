s = "hello world"
print(s.startswith("world", 6))          # expect: True
print(s.startswith("hello", 1))          # expect: False
print(s.endswith("hello", 0, 5))         # expect: True
print(s.startswith(("x", "wor"), 6, 9))  # expect: True
