# typing: the names annotations use are importable, subscriptable, and print as CPython
# prints them. Nothing checks types at run time, in CPython or here.
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List, Literal,
                    NamedTuple, NewType, Optional, Protocol, Sequence, Set, Tuple, TypeVar, Union, cast,
                    get_args, get_origin, overload)
import typing

T = TypeVar("T")
print(List, List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None, str])
# expect: typing.List typing.List[int] typing.Dict[str, int] typing.Optional[int] typing.Union[int, str] typing.Union[int, NoneType, str]
print(Callable[[int], str], Callable[..., int], Tuple[int, ...], Tuple[()], Any, T, Literal["a", 1])
# expect: typing.Callable[[int], str] typing.Callable[..., int] typing.Tuple[int, ...] typing.Tuple[()] typing.Any ~T typing.Literal['a', 1]
print(typing.Type[int], Iterable[T], ClassVar[int], Final[int], Set, typing.Annotated[int, "m"])
# expect: typing.Type[int] typing.Iterable[~T] typing.ClassVar[int] typing.Final[int] typing.Set typing.Annotated[int, 'm']
print(typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str], Sequence[int], typing.Mapping[str, int])
# expect: typing.Deque[int] typing.DefaultDict[str, int] typing.Counter[str] typing.Sequence[int] typing.Mapping[str, int]
print(typing.Generator[int, None, None], Iterator[int], typing.NoReturn, List["Node"], typing.Callable[[], None])
# expect: typing.Generator[int, NoneType, NoneType] typing.Iterator[int] typing.NoReturn typing.List[ForwardRef('Node')] typing.Callable[[], NoneType]
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]))
# expect: <class 'list'> (<class 'str'>, <class 'int'>) typing.Union (<class 'int'>, <class 'NoneType'>)
print(get_args(int), get_args(Callable[[int], str]), get_origin(int), get_origin(Literal[1]))
# expect: () ([<class 'int'>], <class 'str'>) None typing.Literal
print(Union[int], Optional[Optional[int]], Union[int, Union[str, int]], Union[int, str] == Union[str, int])
# expect: <class 'int'> typing.Optional[int] typing.Union[int, str] True
print(List[int] == List[int], Dict[str, int] == Dict[str, float], cast(int, "x"), cast(List[str], 1))
# expect: True False x 1
UserId = NewType("UserId", int)
print(UserId(5), UserId, typing.TYPE_CHECKING)  # expect: 5 __main__.UserId False
P = NamedTuple("P", [("x", int), ("y", str)])
print(P(1, "a"), P._fields)  # expect: P(x=1, y='a') ('x', 'y')


class Stack(Generic[T]):
    def __init__(self, items: List[T]) -> None:
        self.items = items

    def top(self) -> Optional[T]:
        return self.items[-1] if self.items else None


print(Stack([1, 2]).top(), Stack([]).top())  # expect: 2 None


def f(a: Dict[str, List[int]], b: "Optional[str]" = None, *args: Any, **kw: Union[int, float]) -> Tuple[int, str]:
    return (len(a), b)


print(f({"x": [1]}, "s"))  # expect: (1, 's')
limit: Final = 3
registry: ClassVar[List[int]] = []
Handler = Callable[[str], None]


class Greeter(Protocol):
    def greet(self) -> str: ...


class English:
    def greet(self) -> str:
        return "hello"


def welcome(g: Greeter) -> str:
    return g.greet()


print(welcome(English()), limit, registry, Handler)
# expect: hello 3 [] typing.Callable[[str], NoneType]
print(typing.Deque[int]([1, 2]), typing.DefaultDict[str, int](int))
# expect: deque([1, 2]) defaultdict(<class 'int'>, {})
for fn in [lambda: List(), lambda: Dict[str, int](), lambda: Union[()], lambda: Any()]:
    try:
        fn()
    except TypeError as e:
        print(e)
# expect: Type List cannot be instantiated; use list() instead
# expect: Type Dict cannot be instantiated; use dict() instead
# expect: Cannot take a Union of no types.
# expect: Any cannot be instantiated


@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x


print(g(3), g("s"))  # expect: 3 s
Movie = typing.TypedDict("Movie", {"name": str, "year": int})
m = Movie(name="Blade Runner", year=1982)
print(m, m["year"])  # expect: {'name': 'Blade Runner', 'year': 1982} 1982


class Point2(typing.TypedDict):
    x: int
    y: int


print(Point2(x=1, y=2))  # expect: {'x': 1, 'y': 2}
