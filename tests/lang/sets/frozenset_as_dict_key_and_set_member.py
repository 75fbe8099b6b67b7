d = {frozenset({"a", "b"}): "ab"}
print(d[frozenset(["b", "a"])])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
# expect: ab
# expect: 2
