class Empty:
    pass

e = Empty()
print(type(e).__name__)  # expect: Empty
print(Empty.__name__)    # expect: Empty
