print([c.__name__ for c in ZeroDivisionError.__mro__])
# expect: ['ZeroDivisionError', 'ArithmeticError', 'Exception', 'BaseException', 'object']
print([c.__name__ for c in KeyError.__mro__])
# expect: ['KeyError', 'LookupError', 'Exception', 'BaseException', 'object']
print([c.__name__ for c in UnboundLocalError.__mro__])
# expect: ['UnboundLocalError', 'NameError', 'Exception', 'BaseException', 'object']
