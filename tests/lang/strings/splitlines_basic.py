text = "line one\nline two\r\nline three\rlast"
print(text.splitlines())                   # expect: ['line one', 'line two', 'line three', 'last']
print("trailing\n".splitlines())           # expect: ['trailing']
print("".splitlines(), "\n".splitlines())  # expect: [] ['']
