class Timer:
    def __init__(self, name):
        self.name = name
        self.events = []
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}", exc_type.__name__ if exc_type else None, exc)
        return False

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", repr(ev))
            return True
        return False

class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back")
        else:
            print("committed")

with Timer("a") as t:
    print("inside", t.name)
# expect: enter a
# expect: inside a
# expect: exit a None None
try:
    with Timer("b"):
        raise KeyError("k")
    # expect: enter b
    # expect: exit b KeyError 'k'
except KeyError as e:
    print("outer caught", repr(e))  # expect: outer caught KeyError('k')
with Suppress(ZeroDivisionError, ValueError):
    print(1 / 0)
# expect: suppressed ZeroDivisionError('division by zero')
with Suppress(ValueError):
    int("abc")
# expect: suppressed ValueError("invalid literal for int() with base 10: 'abc'")
print("after suppress")  # expect: after suppress
store = {"x": 1}
with Transaction(store) as s:
    s["y"] = 2
# expect: committed
print(store)  # expect: {'x': 1, 'y': 2}
try:
    with Transaction(store) as s:
        s["z"] = 3
        s["x"] = 100
        raise RuntimeError("fail")
    # expect: rolled back
except RuntimeError:
    pass
print(store)  # expect: {'x': 1, 'y': 2}
with Timer("outer") as a, Timer("inner") as b:
    print(a.name, b.name)
# expect: enter outer
# expect: enter inner
# expect: outer inner
# expect: exit inner None None
# expect: exit outer None None
def f():
    with Timer("ret"):
        return "value"
print(f())
# expect: enter ret
# expect: exit ret None None
# expect: value
for i in range(3):
    with Timer(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
# expect: enter loop0
# expect: body 0
# expect: exit loop0 None None
# expect: enter loop1
# expect: exit loop1 None None
# expect: enter loop2
# expect: exit loop2 None None
