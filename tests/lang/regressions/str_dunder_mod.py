# Regression: str had no __mod__ or __rmod__ attribute, so str.__mod__("%d", 5) and
# "%s".__mod__(x) raised AttributeError; they are %-formatting, as the % operator.
print(str.__mod__("%d", 5))                                  # expect: 5
print("%s-%s".__mod__((1, "a")), "%(x)s".__mod__({"x": 2}))  # expect: 1-a 2
print("%s".__rmod__(3))                                      # expect: NotImplemented
print("%s".__rmod__("a%s"))                                  # expect: a%s
print(str.__rmod__("x", 1) is NotImplemented)                # expect: True
f = "%05.1f".__mod__
print(f(3.14159), f(-2))  # expect: 003.1 -02.0
try:
    "%d".__mod__("x")
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: %d format: a real number is required, not str
try:
    "ab".__mod__(3)
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: not all arguments converted during string formatting
try:
    str.__mod__(5, 3)
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: descriptor '__mod__' requires a 'str' object but received a 'int'


class Right:
    def __rmod__(self, other):
        return "rmod"


print(("%s" % Right())[:9], 7 % 3, "%%".__mod__(()))  # expect: <__main__ 1 %
