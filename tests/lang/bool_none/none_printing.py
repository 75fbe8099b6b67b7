x = None
print(x)                      # expect: None
print(repr(None), str(None))  # expect: None None
print([None, None])           # expect: [None, None]
print(f"{None}")              # expect: None
print(type(None))             # expect: <class 'NoneType'>
