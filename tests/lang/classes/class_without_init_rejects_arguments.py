class Plain:
    pass

print(type(Plain()).__name__)  # expect: Plain
Plain(1)                       # expect runtime error: TypeError: Plain() takes no arguments
