s = "Hello World"
print(s.upper())              # expect: HELLO WORLD
print(s.lower())              # expect: hello world
print("héllo".upper())        # expect: HÉLLO
print(s)                      # expect: Hello World
print("abc".upper().lower())  # expect: abc
