# dataclasses: order, frozen, unsafe_hash, kw_only, and CPython's errors.
from dataclasses import KW_ONLY, FrozenInstanceError, dataclass, field, fields, replace


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


print(sorted([Version(1, 2), Version(1, 0, "rc"), Version(0, 9)]), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
# expect: [Version(major=0, minor=9, label=''), Version(major=1, minor=0, label='rc'), Version(major=1, minor=2, label='')] True True
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'Version' and 'tuple'


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int


c = Color(1, 2, 3)
print(c, hash(c) == hash((1, 2, 3)), {c: "seen"}[Color(1, 2, 3)], replace(c, b=9))
# expect: Color(r=1, g=2, b=3) True seen Color(r=1, g=2, b=9)
for action in [lambda: setattr(c, "r", 5), lambda: delattr(c, "g"), lambda: setattr(c, "new", 1)]:
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
# expect: FrozenInstanceError cannot assign to field 'r' True
# expect: FrozenInstanceError cannot delete field 'g' True
# expect: FrozenInstanceError cannot assign to field 'new' True


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: list = field(hash=False, default_factory=list)


print(hash(Key(1)) == hash((1,)), Key(1) == Key(1))  # expect: True True


@dataclass
class Unhashable:
    a: int


try:
    hash(Unhashable(1))
except TypeError as e:
    print(e)  # expect: unhashable type: 'Unhashable'


@dataclass
class Options:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int


print(Options("x", level=3), Options("y", verbose=True, level=1), Options.__match_args__, [f.kw_only for f in fields(Options)])
# expect: Options(name='x', verbose=False, level=3) Options(name='y', verbose=True, level=1) ('name',) [False, True, True]


@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 80


print(Config(port=8080))  # expect: Config(host='localhost', port=8080)
for make in [lambda: Config("h"), lambda: Options(), lambda: Options("x"), lambda: Options("x", 1, level=2),
             lambda: Options("x", level=1, extra=2), lambda: Options("x", name="y", level=1), lambda: Version(),
             lambda: Version(1, 2, "x", 4), lambda: replace(Version(1), nope=1), lambda: replace(1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
# expect: TypeError: Config.__init__() takes 1 positional argument but 2 were given
# expect: TypeError: Options.__init__() missing 1 required positional argument: 'name'
# expect: TypeError: Options.__init__() missing 1 required keyword-only argument: 'level'
# expect: TypeError: Options.__init__() takes 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given
# expect: TypeError: Options.__init__() got an unexpected keyword argument 'extra'
# expect: TypeError: Options.__init__() got multiple values for argument 'name'
# expect: TypeError: Version.__init__() missing 1 required positional argument: 'major'
# expect: TypeError: Version.__init__() takes from 2 to 4 positional arguments but 5 were given
# expect: TypeError: Version.__init__() got an unexpected keyword argument 'nope'
# expect: TypeError: replace() should be called on dataclass instances

for definition in ["default_then_required", "mutable_default", "order_without_eq", "both_defaults", "frozen_mix"]:
    try:
        if definition == "default_then_required":
            @dataclass
            class Bad:
                x: int = 1
                y: int
        elif definition == "mutable_default":
            @dataclass
            class Bad:
                items: list = []
        elif definition == "order_without_eq":
            @dataclass(order=True, eq=False)
            class Bad:
                x: int
        elif definition == "both_defaults":
            field(default=1, default_factory=list)
        else:
            @dataclass
            class Bad(Color):
                extra: int = 0
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
# expect: TypeError: non-default argument 'y' follows default argument
# expect: ValueError: mutable default <class 'list'> for field items is not allowed: use default_factory
# expect: ValueError: eq must be true if order is true
# expect: ValueError: cannot specify both default and default_factory
# expect: TypeError: cannot inherit non-frozen dataclass from a frozen one


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 5


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])
# expect: Derived(x=5, y=1, z=2) Derived(x=1, y=2, z=3) ['x', 'y', 'z']


@dataclass(repr=False, eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), "Plain object at" in repr(Plain(1)))  # expect: False True


@dataclass
class WithOwnRepr:
    v: int

    def __repr__(self):
        return f"<v={self.v}>"


print(WithOwnRepr(3), [WithOwnRepr(4)])  # expect: <v=3> [<v=4>]
