# Setting __cause__ also sets __suppress_context__; both can be set by hand.
e = ValueError("v")
print(e.__suppress_context__)  # expect: False
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))  # expect: True KeyError('k')
e.__suppress_context__ = False
print(e.__suppress_context__)  # expect: False
e.__context__ = None
print(e.__context__)  # expect: None
try:
    e.__cause__ = 5
except TypeError as t:
    print(t)  # expect: exception cause must be None or derive from BaseException
