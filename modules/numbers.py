# numbers — the numeric tower of CPython 3.11 (Number > Complex > Real > Rational >
# Integral) for Edge Python, in plain Python (modules/README.md). Each level names the
# operations a type must define (abstract) and derives a few others from them (mixins).
# int (and bool) are registered as Integral and float as Real, so isinstance(3,
# numbers.Number) is True as in CPython (abc.py says how, without metaclasses). Edge
# Python has no complex type: nothing but the reals is a Complex.

from abc import ABC, abstractmethod, update_abstractmethods

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _unimplemented(self, *args):
    raise NotImplementedError


# Adds the abstract operations `spec` names to cls (a name in parentheses is a property)
# and recomputes cls.__abstractmethods__: the tower's levels are declared as tables.
def _require(cls, spec):
    for name in spec.split():
        if name.startswith("("):
            setattr(cls, name[1:-1], property(abstractmethod(_unimplemented)))
        else:
            function = lambda self, *args: _unimplemented(self)
            function.__name__ = name
            setattr(cls, name, abstractmethod(function))
    update_abstractmethods(cls)


def _plus(self):
    return +self


class Number(ABC):
    """The root of the tower: isinstance(x, Number) asks whether x is a number of any
    kind."""

    # Each concrete type hashes its own way (equal numbers of different types must hash
    # alike), so the tower gives no hash.
    __hash__ = None


class Complex(Number):
    """Numbers with the operations of the builtin complex: complex(), .real, .imag,
    + - * / **, abs(), conjugate() and ==."""

    __hash__ = None

    def __bool__(self):
        return self != 0

    # Subtraction is addition of the negation.
    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


_require(Complex, "__complex__ (real) (imag) __add__ __radd__ __neg__ __pos__ __mul__ __rmul__ "
                  "__truediv__ __rtruediv__ __pow__ __rpow__ __abs__ conjugate __eq__")


class Real(Complex):
    """Complex numbers on a line: float(), trunc/floor/ceil/round, //, %, divmod and the
    orderings < and <=."""

    def __divmod__(self, other):
        return self // other, self % other

    def __rdivmod__(self, other):
        return other // self, other % self

    # A real number is its own real part and its own conjugate, with no imaginary part.
    real = property(_plus)
    imag = property(lambda self: 0)
    conjugate = _plus

    def __complex__(self):
        raise NotImplementedError("complex numbers are not supported")


_require(Real, "__float__ __trunc__ __floor__ __ceil__ __round__ __floordiv__ __rfloordiv__ __mod__ "
               "__rmod__ __lt__ __le__")
Real.register(float)


class Rational(Real):
    """Reals that are a ratio of two integers, .numerator / .denominator, in lowest
    terms."""

    def __float__(self):
        # Integer true division rounds once, so huge terms do not overflow on the way.
        return int(self.numerator) / int(self.denominator)


_require(Rational, "(numerator) (denominator)")


class Integral(Rational):
    """Whole numbers: int(), index, pow with a modulus and the bitwise operations."""

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    # An integer is its own numerator, over 1.
    numerator = property(_plus)
    denominator = property(lambda self: 1)


_require(Integral, "__int__ __pow__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ "
                   "__xor__ __rxor__ __or__ __ror__ __invert__")
Integral.register(int)
