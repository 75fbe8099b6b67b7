# collections.deque's errors, with CPython's messages.
from collections import deque


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


d = deque([1, 2])
attempt(lambda: deque().pop())      # expect: IndexError: pop from an empty deque
attempt(lambda: deque().popleft())  # expect: IndexError: pop from an empty deque
attempt(lambda: d[2])               # expect: IndexError: deque index out of range
attempt(lambda: d[-3])              # expect: IndexError: deque index out of range
attempt(lambda: d["x"])             # expect: TypeError: sequence index must be integer, not 'str'
attempt(lambda: d[0:1])             # expect: TypeError: sequence index must be integer, not 'slice'
attempt(lambda: d.index(5))         # expect: ValueError: 5 is not in deque
attempt(lambda: d.remove(5))        # expect: ValueError: 5 is not in deque
attempt(lambda: deque([1], 1).insert(0, 2))  # expect: IndexError: deque already at its maximum size
attempt(lambda: deque(maxlen=-1))            # expect: ValueError: maxlen must be non-negative
attempt(lambda: deque(maxlen="a"))           # expect: TypeError: an integer is required
attempt(lambda: d + [1])   # expect: TypeError: can only concatenate deque (not "list") to deque
attempt(lambda: deque(5))  # expect: TypeError: 'int' object is not iterable
deque([]).popleft()        # expect runtime error: IndexError: pop from an empty deque
