# A backslash before a newline inside a string literal removes the newline.
s = "abc\
def"
print(s)  # expect: abcdef
t = """one \
two"""
print(t)  # expect: one two
