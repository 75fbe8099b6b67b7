class Box:
    size = 1


raise AttributeError("siz")  # expect runtime error: AttributeError: siz
