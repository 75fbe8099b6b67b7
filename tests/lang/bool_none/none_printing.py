x = None
print(x)
print(repr(None), str(None))
print([None, None])
print(f"{None}")
print(type(None))
# expect: None
# expect: None None
# expect: [None, None]
# expect: None
# expect: <class 'NoneType'>
