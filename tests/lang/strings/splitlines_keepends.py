text = "a\nb\r\nc"
print(text.splitlines(True))
print(text.splitlines(keepends=True))
print("x\n\ny".splitlines())
# expect: ['a\n', 'b\r\n', 'c']
# expect: ['a\n', 'b\r\n', 'c']
# expect: ['x', '', 'y']
