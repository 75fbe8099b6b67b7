# exceptions.py — exceptions raised and caught in loops: user exception classes, built-in
# errors from operations, finally blocks, re-raising and handlers in other frames.


class ValidationError(Exception):
    def __init__(self, field, code):
        super().__init__(field)
        self.field = field
        self.code = code


class RangeError(ValidationError):
    pass


def check(value):
    if value % 7 == 0:
        raise RangeError("value", value % 100)
    if value % 5 == 0:
        raise ValidationError("parity", value % 10)
    return value


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return -1


def divide(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return 0
    finally:
        a += 1


def nested(n):
    try:
        try:
            if n % 3 == 0:
                raise ValueError(n)
            return n
        except ValueError:
            raise
    except ValueError as e:
        return -e.args[0]


table = {i: i * i for i in range(0, 1000, 2)}
checksum = 0
for i in range(400_000):
    try:
        checksum += check(i)
    except RangeError as e:
        checksum += e.code * 3
    except ValidationError as e:
        checksum += e.code + len(e.field)
    checksum += lookup(table, i % 1000)
    checksum += divide(i, i % 4)
    checksum += nested(i)
    if i % 11 == 0:
        try:
            [][i]
        except IndexError:
            checksum += 1
    checksum %= 1_000_000_007
print(checksum)
