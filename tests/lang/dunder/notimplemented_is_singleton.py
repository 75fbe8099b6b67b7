print(NotImplemented)                      # expect: NotImplemented
print(type(NotImplemented).__name__)       # expect: NotImplementedType
print((1).__add__("x"))                    # expect: NotImplemented
print((1).__add__("x") is NotImplemented)  # expect: True
