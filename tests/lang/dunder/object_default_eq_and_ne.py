class A:
    pass

a = A()
print(a.__eq__(a), a.__eq__(A()))
print(a.__ne__(a))
# expect: True NotImplemented
# expect: False
