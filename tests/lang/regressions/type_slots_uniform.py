# Regression: three special cases the type table (src/type.h) made one rule. len() read a
# list's length directly, past a subclass's __len__; calling an exception instance ignored
# its class's __call__ (callable() said True); a dict view inside its own dict recursed
# until RecursionError where CPython prints "...".
class Padded(list):
    def __len__(self):
        return 42


print(len(Padded([1])), bool(Padded()))              # expect: 42 True


class Retry(Exception):
    def __call__(self, n):
        return n + 1


print(callable(Retry()), Retry()(6))                 # expect: True 7

d = {"a": 1}
d["v"] = d.values()
print(d)                                             # expect: {'a': 1, 'v': dict_values([1, ...])}
