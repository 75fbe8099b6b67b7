class A:
    pass

a = A()
print(a.__eq__(a), a.__eq__(A()))  # expect: True NotImplemented
print(a.__ne__(a))                 # expect: False
