"""The numeric ABCs of PEP 3141: Number :> Complex :> Real :> Rational :>
Integral. Each ABC lists the operations its numbers support, and builds
some of them on the others."""
# pystm: pure Python; uses no Go module.
from __future__ import division
from abc import ABCMeta, abstractmethod, abstractproperty

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(object):
    """The root of the numeric hierarchy. isinstance(x, Number) tells
    whether x is a number of any kind."""
    __metaclass__ = ABCMeta
    __slots__ = ()

    # Numbers that compare equal must hash equal; each concrete type
    # decides how.
    __hash__ = None


class Complex(Number):
    """Complex numbers: complex() conversion, real and imag, the arithmetic
    operators, abs(), conjugate(), == and !=. complex is registered as
    one."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        raise NotImplementedError

    @abstractmethod
    def __mul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __div__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rdiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        raise NotImplementedError

    def __nonzero__(self):
        """True if self != 0."""
        return self != 0

    @abstractproperty
    def real(self):
        """The real part of the number."""
        raise NotImplementedError

    @abstractproperty
    def imag(self):
        """The imaginary part of the number."""
        raise NotImplementedError

    def __sub__(self, other):
        """self - other, as self + -other."""
        return self + -other

    def __rsub__(self, other):
        """other - self, as -self + other."""
        return -self + other

    def __ne__(self, other):
        """The negation of ==."""
        return not (self == other)

Complex.register(complex)


class Real(Complex):
    """Real numbers: everything a Complex does, plus float(), math.trunc(),
    //, %, divmod(), < and <=; real, imag, conjugate() and complex() come
    for free. float is registered as one."""

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        raise NotImplementedError

    @abstractmethod
    def __floordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        raise NotImplementedError

    def __divmod__(self, other):
        """divmod(self, other): (self // other, self % other)"""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self): (other // self, other % self)"""
        return (other // self, other % self)

    def __complex__(self):
        """A real number as a complex one: complex(float(self))."""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number's imaginary part is 0."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self

Real.register(float)


class Rational(Real):
    """Rational numbers: a Real with a numerator and a denominator (in
    lowest terms, the denominator positive)."""

    __slots__ = ()

    @abstractproperty
    def numerator(self):
        raise NotImplementedError

    @abstractproperty
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        """The true quotient of numerator and denominator."""
        return self.numerator / self.denominator


class Integral(Rational):
    """Integers: a Rational with long(), operator.index(), pow() with a
    modulus, and the bit operators << >> & ^ | ~. int and long are
    registered as ones."""

    __slots__ = ()

    @abstractmethod
    def __long__(self):
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """self ** exponent % modulus, without the big intermediate
        power."""
        raise NotImplementedError

    def __index__(self):
        """Used for slicing: the number as a long."""
        return long(self)

    def __float__(self):
        """An integer as a float: float(long(self))."""
        return float(long(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """An integer's denominator is 1."""
        return 1

Integral.register(int)
Integral.register(long)

