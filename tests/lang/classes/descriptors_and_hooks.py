class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class P:
    x = Typed()
    @Lazy
    def area(self):
        print("computing")
        return 42
p = P()
p.x = 5
print(p.x, p._x, type(P.x).__name__)
try:
    p.x = "a"
except TypeError as e:
    print(e)
print(p.area, p.area)
class Plugin:
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)
class A(Plugin): pass
class B(A): pass
print(Plugin.registry)
class B:
    def __new__(cls, *a):
        s = object.__new__(cls)
        s.args = a
        return s
class C(B):
    pass
print(C(1).args)
class D(dict):
    def __eq__(self, o):
        return dict.__eq__(self, o)
print(D(a=1) == {'a': 1})
class H:
    def __hash__(self):
        return 2**62
print(hash(H()))
print(slice(1, None, 2).indices(10))
class Desc:
    def __get__(self, obj, owner):
        return ("got", obj is not None, owner.__name__)
class K:
    d = Desc()
    def __class_getitem__(cls, item):
        return f"K[{item.__name__}]"
print(K().d, K.d, K[int])
class Base:
    subs = []
    def __init_subclass__(cls, **kw):
        Base.subs.append(cls.__name__)
class S1(Base): pass
class L(list):
    def __eq__(self, o):
        return list.__eq__(self, o)
class St(set):
    def __le__(self, o):
        return set.__le__(self, o)
print(L([1]) == [1], St({1}) <= {1, 2}, dict.__ne__({}, {}))
class W:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
print([hash(W(v)) for v in [5, -1, 2**62, 2**63, 2**100]])
print(slice(None, None, -1).indices(5), slice(-3, 100).indices(10))
# The cache of class lookups follows every change to a class.
class Base2:
    def who(self):
        return "base"
class Sub2(Base2):
    pass
s = Sub2()
print(s.who())
Sub2.who = lambda self: "sub"
print(s.who())
del Sub2.who
print(s.who())
setattr(Base2, "who", lambda self: "patched")
print(s.who(), hasattr(s, "missing"))
Base2.missing = 1
print(s.missing)
# expect: 5 5 Typed
# expect: x must be int
# expect: computing
# expect: 42 42
# expect: ['A', 'B']
# expect: (1,)
# expect: True
# expect: 4611686018427387904
# expect: (1, 10, 2)
# expect: ('got', True, 'K') ('got', False, 'K') K[int]
# expect: True True False
# expect: [5, -2, 4611686018427387904, 4, 549755813888]
# expect: (4, -1, -1) (7, 10, 1)
# expect: base
# expect: sub
# expect: base
# expect: patched False
# expect: 1
