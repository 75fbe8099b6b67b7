# Regression (issue 11): a module's attributes could not be set (AttributeError), and it
# showed its file path where CPython shows its name: in its repr and in its errors.
import heapq
import sys
import time

print(heapq.__name__, repr(heapq).split(" from ")[0])  # expect: heapq <module 'heapq'
print(sys, time)  # expect: <module 'sys' (built-in)> <module 'time' (built-in)>

heapq.answer = 42
print(heapq.answer, getattr(heapq, "answer"))  # expect: 42 42
setattr(heapq, "answer", 43)
print(heapq.answer)  # expect: 43
del heapq.answer
print(hasattr(heapq, "answer"))  # expect: False

# What is set replaces what the module defined.
saved = heapq.heappush
heapq.heappush = lambda heap, item: print("patched", item)
heapq.heappush([], 1)  # expect: patched 1
heapq.heappush = saved

try:
    del heapq.answer
except AttributeError as e:
    print(e)  # expect: 'module' object has no attribute 'answer'
heapq.sqr     # expect runtime error: AttributeError: module 'heapq' has no attribute 'sqr'
