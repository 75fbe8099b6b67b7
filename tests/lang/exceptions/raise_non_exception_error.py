message = "just a string"
print(message)
raise message
# expect: just a string
# expect runtime error: TypeError: exceptions must derive from BaseException
