print(NotImplemented)
print(type(NotImplemented).__name__)
print((1).__add__("x"))
print((1).__add__("x") is NotImplemented)
# expect: NotImplemented
# expect: NotImplementedType
# expect: NotImplemented
# expect: True
