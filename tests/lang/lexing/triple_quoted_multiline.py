s = """line one
line two
    indented line three"""
print(s)
# expect: line one
# expect: line two
# expect:     indented line three
print(len(s.split("\n")))  # expect: 3
t = '''a
b'''
print(t == "a\nb")  # expect: True
