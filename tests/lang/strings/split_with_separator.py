# With an explicit separator, empty fields are kept.
print("a,b,,c".split(","))    # expect: ['a', 'b', '', 'c']
print(",a,".split(","))       # expect: ['', 'a', '']
print("a--b--c".split("--"))  # expect: ['a', 'b', 'c']
print("".split(","))          # expect: ['']
print("a b c".split(" "))     # expect: ['a', 'b', 'c']
