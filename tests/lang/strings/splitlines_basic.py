text = "line one\nline two\r\nline three\rlast"
print(text.splitlines())
print("trailing\n".splitlines())
print("".splitlines(), "\n".splitlines())
# expect: ['line one', 'line two', 'line three', 'last']
# expect: ['trailing']
# expect: [] ['']
