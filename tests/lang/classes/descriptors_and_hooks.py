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
print(p.x, p._x, type(P.x).__name__)  # expect: 5 5 Typed
try:
    p.x = "a"
except TypeError as e:
    print(e)  # expect: x must be int
print(p.area, p.area)
# expect: computing
# expect: 42 42
class Plugin:
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)
class A(Plugin): pass
class B(A): pass
print(Plugin.registry)  # expect: ['A', 'B']
class B:
    def __new__(cls, *a):
        s = object.__new__(cls)
        s.args = a
        return s
class C(B):
    pass
print(C(1).args)  # expect: (1,)
class D(dict):
    def __eq__(self, o):
        return dict.__eq__(self, o)
print(D(a=1) == {'a': 1})  # expect: True
class H:
    def __hash__(self):
        return 2**62
print(hash(H()))                      # expect: 4611686018427387904
print(slice(1, None, 2).indices(10))  # expect: (1, 10, 2)
class Desc:
    def __get__(self, obj, owner):
        return ("got", obj is not None, owner.__name__)
class K:
    d = Desc()
    def __class_getitem__(cls, item):
        return f"K[{item.__name__}]"
print(K().d, K.d, K[int])  # expect: ('got', True, 'K') ('got', False, 'K') K[int]
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
print(L([1]) == [1], St({1}) <= {1, 2}, dict.__ne__({}, {}))  # expect: True True False
class W:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
print([hash(W(v)) for v in [5, -1, 2**62, 2**63, 2**100]])
# expect: [5, -2, 4611686018427387904, 4, 549755813888]
print(slice(None, None, -1).indices(5), slice(-3, 100).indices(10))
# expect: (4, -1, -1) (7, 10, 1)
# The cache of class lookups follows every change to a class.
class Base2:
    def who(self):
        return "base"
class Sub2(Base2):
    pass
s = Sub2()
print(s.who())  # expect: base
Sub2.who = lambda self: "sub"
print(s.who())  # expect: sub
del Sub2.who
print(s.who())  # expect: base
setattr(Base2, "who", lambda self: "patched")
print(s.who(), hasattr(s, "missing"))  # expect: patched False
Base2.missing = 1
print(s.missing)  # expect: 1
