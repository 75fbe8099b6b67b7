# A string that does not end on its line.
message = "hello
print(message)
