class Empty:
    pass

e = Empty()
print(type(e).__name__)
print(Empty.__name__)
# expect: Empty
# expect: Empty
