s = "Hello World"
print(s.upper())
print(s.lower())
print("héllo".upper())
print(s)
print("abc".upper().lower())
# expect: HELLO WORLD
# expect: hello world
# expect: HÉLLO
# expect: Hello World
# expect: abc
