# Calls whose arguments exist only on the way in: star-args tuples, keyword dicts,
# defaults, bound methods of temporaries, f-string specs built at run time.
def f(a, *rest, sep="-", **kw):
    return sep.join([str(a), *map(str, rest), *(k + "=" + str(v) for k, v in sorted(kw.items()))])


total = 0
for i in range(300):
    args = [str(i)] * 3
    kw = {"x" + str(i % 3): [i], "y": (i,)}
    total += len(f(*args, sep="/", **kw))
print(total)                                                      # expect: 8150
print(f(*range(3), **{"k": "v" * 2}))                             # expect: 0-1-2-k=vv
print(", ".join(f"{i:>{i % 5 + 2}}|{str(i) * 2:^{6}}|" for i in range(3)))  # expect:  0|  00  |,   1|  11  |,    2|  22  |
print([s.upper for s in ("ab", "cd")][1]())                      # expect: CD
print((lambda *a, **k: (a, k))(*[1, 2], **dict(z=3)))            # expect: ((1, 2), {'z': 3})
