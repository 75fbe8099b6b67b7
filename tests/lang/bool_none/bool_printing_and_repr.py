print(True, False)             # expect: True False
print(repr(True), str(False))  # expect: True False
print([True, False])           # expect: [True, False]
print(f"{True}")               # expect: True
print(type(True))              # expect: <class 'bool'>
