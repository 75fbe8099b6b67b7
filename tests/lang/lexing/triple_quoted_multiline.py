s = """line one
line two
    indented line three"""
print(s)
print(len(s.split("\n")))
t = '''a
b'''
print(t == "a\nb")
# expect: line one
# expect: line two
# expect:     indented line three
# expect: 3
# expect: True
