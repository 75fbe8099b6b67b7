s = "one\ntwo\n"
print(s.split("\n"))
print(s.splitlines())
# expect: ['one', 'two', '']
# expect: ['one', 'two']
