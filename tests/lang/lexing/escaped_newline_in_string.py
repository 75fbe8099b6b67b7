# A backslash before a newline inside a string literal removes the newline.
s = "abc\
def"
print(s)
t = """one \
two"""
print(t)
# expect: abcdef
# expect: one two
