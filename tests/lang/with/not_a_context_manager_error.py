class Plain:
    pass

print("entering")
with Plain():
    pass
# expect: entering
# expect runtime error: TypeError: 'Plain' object does not support the context manager protocol
