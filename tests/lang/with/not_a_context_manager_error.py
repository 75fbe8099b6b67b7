class Plain:
    pass

print("entering")  # expect: entering
with Plain():
    pass
# expect runtime error: TypeError: 'Plain' object does not support the context manager protocol
