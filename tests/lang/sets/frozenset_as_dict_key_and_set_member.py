d = {frozenset({"a", "b"}): "ab"}
print(d[frozenset(["b", "a"])])  # expect: ab
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))  # expect: 2
