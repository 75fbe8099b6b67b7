message = "just a string"
print(message)  # expect: just a string
raise message   # expect runtime error: TypeError: exceptions must derive from BaseException
