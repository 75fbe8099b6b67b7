class Plain:
    pass

print(type(Plain()).__name__)
Plain(1)
# expect: Plain
# expect runtime error: TypeError: Plain() takes no arguments
