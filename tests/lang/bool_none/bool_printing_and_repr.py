print(True, False)
print(repr(True), str(False))
print([True, False])
print(f"{True}")
print(type(True))
# expect: True False
# expect: True False
# expect: [True, False]
# expect: True
# expect: <class 'bool'>
