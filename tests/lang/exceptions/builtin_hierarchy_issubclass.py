print(issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ValueError, Exception), issubclass(Exception, BaseException))
print(issubclass(KeyError, IndexError))
print(issubclass(UnboundLocalError, NameError))
print(issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError))
# expect: True
# expect: True True
# expect: True True
# expect: False
# expect: True
# expect: True
# expect: True
