# collections.namedtuple's errors: bad field names, bad arguments, and writes to a field.
from collections import namedtuple


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


P3 = namedtuple("P3", "a b c", defaults=[0])
p = P3(1, 2)
attempt(lambda: P3())
# expect: TypeError: P3.__new__() missing 2 required positional arguments: 'a' and 'b'
attempt(lambda: P3(1, 2, 3, 4))
# expect: TypeError: P3.__new__() takes from 3 to 4 positional arguments but 5 were given
attempt(lambda: P3(1, a=2))  # expect: TypeError: P3.__new__() got multiple values for argument 'a'
attempt(lambda: P3(1, w=3))
# expect: TypeError: P3.__new__() got an unexpected keyword argument 'w'
attempt(lambda: namedtuple("Q", "a b c d")())
# expect: TypeError: Q.__new__() missing 4 required positional arguments: 'a', 'b', 'c', and 'd'
attempt(lambda: P3._make([1]))    # expect: TypeError: Expected 3 arguments, got 1
attempt(lambda: p._replace(q=1))  # expect: ValueError: Got unexpected field names: ['q']
attempt(lambda: namedtuple("1a", "x"))
# expect: ValueError: Type names and field names must be valid identifiers: '1a'
attempt(lambda: namedtuple("A", "x class"))
# expect: ValueError: Type names and field names cannot be a keyword: 'class'
attempt(lambda: namedtuple("A", "x _y"))
# expect: ValueError: Field names cannot start with an underscore: '_y'
attempt(lambda: namedtuple("A", "x x"))  # expect: ValueError: Encountered duplicate field name: 'x'
attempt(lambda: namedtuple("A", "x", defaults=[1, 2]))
# expect: TypeError: Got more default values than field names
attempt(lambda: setattr(p, "a", 1))  # expect: AttributeError: can't set attribute
attempt(lambda: setattr(p, "w", 1))  # expect: AttributeError: 'P3' object has no attribute 'w'
attempt(lambda: delattr(p, "a"))     # expect: AttributeError: can't delete attribute
attempt(lambda: p[5])                # expect: IndexError: tuple index out of range
p.a = 5                              # expect runtime error: AttributeError: can't set attribute
