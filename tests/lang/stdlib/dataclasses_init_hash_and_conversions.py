# dataclasses: fields __init__ does not take (with a factory or a class default),
# InitVar passed to __post_init__, KW_ONLY, the argument errors of the generated
# __init__, the hash rules, nested asdict/astuple, replace and make_dataclass.
from collections import namedtuple
from dataclasses import (KW_ONLY, MISSING, FrozenInstanceError, InitVar, asdict, astuple, dataclass, field,
                         fields, make_dataclass, replace)

Pair = namedtuple("Pair", "a b")


@dataclass
class Account:
    owner: str
    rate: InitVar[float] = 0.5
    history: list = field(default_factory=list, init=False)
    tag: str = field(default="new", init=False)
    _: KW_ONLY
    limit: int = 100
    code: str = "x"

    def __post_init__(self, rate):
        self.history.append(rate)


a = Account("ann", 0.25, limit=5)
print(a, a.history, a.tag, Account.tag)
# expect: Account(owner='ann', history=[0.25], tag='new', limit=5, code='x') [0.25] new new
print(Account.__doc__, [f.name for f in fields(a)], Account.__match_args__)
# expect: Account(owner: str, rate: dataclasses.InitVar[float] = 0.5, *, limit: int = 100, code: str = 'x') ['owner', 'history', 'tag', 'limit', 'code'] ('owner', 'rate')
for call in [lambda: Account(), lambda: Account("a", 1, 2), lambda: Account("a", 1, 2, limit=3), lambda: Account("a", owner="b"),
             lambda: Account("a", nope=1), lambda: replace(a, tag="t"), lambda: replace(a, limit=1)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: TypeError Account.__init__() missing 1 required positional argument: 'owner'
# expect: TypeError Account.__init__() takes from 2 to 3 positional arguments but 4 were given
# expect: TypeError Account.__init__() takes from 2 to 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given
# expect: TypeError Account.__init__() got multiple values for argument 'owner'
# expect: TypeError Account.__init__() got an unexpected keyword argument 'nope'
# expect: ValueError field tag is declared with init=False, it cannot be specified with replace()
# expect: Account(owner='ann', history=[0.5], tag='new', limit=1, code='x')


@dataclass(frozen=True)
class P:
    x: int
    y: int = field(default=0, compare=False)


@dataclass(unsafe_hash=True)
class Q:
    x: int
    y: list = field(default_factory=list, hash=False)


@dataclass
class R:
    x: int

    def __hash__(self):
        return 7


print(hash(P(1, 2)) == hash(P(1, 3)), P(1, 2) == P(1, 3), hash(Q(4)) == hash((4,)), R.__hash__ is not None, hash(R(1)))
# expect: True True True True 7
try:
    P(1).x = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)  # expect: FrozenInstanceError cannot assign to field 'x'
for make in [lambda: dataclass(frozen=True)(type("S", (Account,), {})), lambda: dataclass(type("T", (P,), {}))]:
    try:
        make()
    except TypeError as e:
        print(e)
# expect: cannot inherit frozen dataclass from a non-frozen one
# expect: cannot inherit non-frozen dataclass from a frozen one


@dataclass
class Box:
    items: list
    pair: Pair
    table: dict
    inner: P


b = Box([P(1, 2), 3], Pair(P(5), [6]), {"k": P(7)}, P(8, 9))
print(asdict(b))
# expect: {'items': [{'x': 1, 'y': 2}, 3], 'pair': Pair(a={'x': 5, 'y': 0}, b=[6]), 'table': {'k': {'x': 7, 'y': 0}}, 'inner': {'x': 8, 'y': 9}}
print(astuple(b), astuple(P(1, 2), tuple_factory=list))
# expect: ([(1, 2), 3], Pair(a=(5, 0), b=[6]), {'k': (7, 0)}, (8, 9)) [1, 2]
C = make_dataclass("C", ["a", ("b", int), ("c", list, field(default_factory=lambda: [1]))], order=True)
print(C(1, 2), C(1, 2) < C(1, 3), C.__doc__)  # expect: C(a=1, b=2, c=[1]) True C(a: 'typing.Any', b: int, c: list = <factory>)
print(str(fields(P)[1]).replace(hex(id(MISSING)), "ADDR"))
# expect: Field(name='y',type=<class 'int'>,default=0,default_factory=<dataclasses._MISSING_TYPE object at ADDR>,init=True,repr=True,hash=None,compare=False,metadata=mappingproxy({}),kw_only=False,_field_type=_FIELD)
