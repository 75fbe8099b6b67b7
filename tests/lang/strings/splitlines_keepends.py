text = "a\nb\r\nc"
print(text.splitlines(True))           # expect: ['a\n', 'b\r\n', 'c']
print(text.splitlines(keepends=True))  # expect: ['a\n', 'b\r\n', 'c']
print("x\n\ny".splitlines())           # expect: ['x', '', 'y']
