print(issubclass(ZeroDivisionError, ArithmeticError))                           # expect: True
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))   # expect: True True
print(issubclass(ValueError, Exception), issubclass(Exception, BaseException))  # expect: True True
print(issubclass(KeyError, IndexError))                                         # expect: False
print(issubclass(UnboundLocalError, NameError))                                 # expect: True
print(issubclass(RecursionError, RuntimeError))                                 # expect: True
print(issubclass(NotImplementedError, RuntimeError))                            # expect: True
