class Odd(Exception):
    def __init__(self, value):
        self.value = value

try:
    raise Odd(7)
except Odd as e:
    print(e.value, e.args, repr(str(e)))  # expect: 7 (7,) '7'
