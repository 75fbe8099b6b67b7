s = "hello"
print(s[0])
s[0] = "j"
# expect: h
# expect runtime error: TypeError: 'str' object does not support item assignment
