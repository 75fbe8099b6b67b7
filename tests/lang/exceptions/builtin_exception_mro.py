print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in UnboundLocalError.__mro__])
# expect: ['ZeroDivisionError', 'ArithmeticError', 'Exception', 'BaseException', 'object']
# expect: ['KeyError', 'LookupError', 'Exception', 'BaseException', 'object']
# expect: ['UnboundLocalError', 'NameError', 'Exception', 'BaseException', 'object']
