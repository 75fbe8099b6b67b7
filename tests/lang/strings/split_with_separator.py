# With an explicit separator, empty fields are kept.
print("a,b,,c".split(","))
print(",a,".split(","))
print("a--b--c".split("--"))
print("".split(","))
print("a b c".split(" "))
# expect: ['a', 'b', '', 'c']
# expect: ['', 'a', '']
# expect: ['a', 'b', 'c']
# expect: ['']
# expect: ['a', 'b', 'c']
