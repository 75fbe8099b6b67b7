# collections.abc: isinstance and issubclass answer for the builtin types, for classes
# that define the methods, and for registered classes, as in CPython.
from collections.abc import (Callable, Collection, Container, Generator, Hashable, ItemsView, Iterable, Iterator,
                             KeysView, Mapping, MutableMapping, MutableSequence, MutableSet, Reversible, Sequence,
                             Set, Sized, ValuesView)


def gen():
    yield 1


samples = [("int", 1), ("str", "ab"), ("list", [1]), ("tuple", (1,)), ("dict", {1: 2}), ("set", {1}),
           ("frozenset", frozenset()), ("range", range(3)), ("None", None), ("generator", gen()),
           ("list_iterator", iter([1])), ("keys", {}.keys()), ("items", {}.items()), ("values", {}.values()),
           ("function", gen), ("builtin", len), ("class", int), ("zip", zip())]
abcs = [Hashable, Iterable, Iterator, Generator, Reversible, Sized, Container, Collection, Callable, Sequence,
        MutableSequence, Set, MutableSet, Mapping, MutableMapping, KeysView, ItemsView, ValuesView]
for name, value in samples:
    print(f"{name:14}", " ".join(abc.__name__ for abc in abcs if isinstance(value, abc)))
# expect: int            Hashable
# expect: str            Hashable Iterable Reversible Sized Container Collection Sequence
# expect: list           Iterable Reversible Sized Container Collection Sequence MutableSequence
# expect: tuple          Hashable Iterable Reversible Sized Container Collection Sequence
# expect: dict           Iterable Reversible Sized Container Collection Mapping MutableMapping
# expect: set            Iterable Sized Container Collection Set MutableSet
# expect: frozenset      Hashable Iterable Sized Container Collection Set
# expect: range          Hashable Iterable Reversible Sized Container Collection Sequence
# expect: None           Hashable
# expect: generator      Hashable Iterable Iterator Generator
# expect: list_iterator  Hashable Iterable Iterator
# expect: keys           Iterable Reversible Sized Container Collection Set KeysView
# expect: items          Iterable Reversible Sized Container Collection Set ItemsView
# expect: values         Hashable Iterable Reversible Sized Container Collection ValuesView
# expect: function       Hashable Callable
# expect: builtin        Hashable Callable
# expect: class          Hashable Callable
# expect: zip            Hashable Iterable Iterator


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items


class Unhashable:
    __hash__ = None


print(isinstance(Bag(), Sized), isinstance(Bag(), Collection), isinstance(Bag(), Sequence), issubclass(Bag, Iterable))
# expect: True True False True
print(isinstance(Unhashable(), Hashable), isinstance(Bag(), Hashable), isinstance(Bag, Callable))
# expect: False True True


def flatten(items):
    for item in items:
        if isinstance(item, Iterable) and not isinstance(item, str):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, (3, "four")], {5}, range(6, 8), "nine"])))
# expect: [1, 2, 3, 'four', 5, 6, 7, 'nine']
print(issubclass(list, MutableSequence), issubclass(tuple, MutableSequence), issubclass(dict, Mapping),
      issubclass(bool, Hashable), issubclass(type(iter(())), Iterator))
# expect: True False True True True
Sequence.register(Bag)
print(isinstance(Bag(), Sequence), isinstance(Bag(), Reversible), issubclass(Bag, Collection))
# expect: True True True
