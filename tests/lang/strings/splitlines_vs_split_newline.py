s = "one\ntwo\n"
print(s.split("\n"))   # expect: ['one', 'two', '']
print(s.splitlines())  # expect: ['one', 'two']
