python_devs = {"ann", "bob", "cid", "dee", "eve"}
js_devs = {"cid", "eve", "fay", "gus"}
go_devs = {"bob", "gus", "hal"}
print(sorted(python_devs & js_devs))  # expect: ['cid', 'eve']
print(sorted(python_devs | js_devs | go_devs))
# expect: ['ann', 'bob', 'cid', 'dee', 'eve', 'fay', 'gus', 'hal']
print(sorted(python_devs - js_devs - go_devs))  # expect: ['ann', 'dee']
print(sorted(python_devs ^ js_devs))            # expect: ['ann', 'bob', 'dee', 'fay', 'gus']
print(sorted((python_devs & go_devs) | (js_devs & go_devs)))  # expect: ['bob', 'gus']
everyone = python_devs | js_devs | go_devs
langs = {"python": python_devs, "js": js_devs, "go": go_devs}
skills = {p: sorted(l for l, devs in langs.items() if p in devs) for p in sorted(everyone)}
for person, ls in skills.items():
    print(f"{person}: {', '.join(ls)}")
# expect: ann: python
# expect: bob: go, python
# expect: cid: js, python
# expect: dee: python
# expect: eve: js, python
# expect: fay: js
# expect: gus: go, js
# expect: hal: go
print([p for p, ls in skills.items() if len(ls) >= 2])  # expect: ['bob', 'cid', 'eve', 'gus']
print(python_devs.issuperset({"ann", "bob"}), {"ann"} < python_devs, python_devs.isdisjoint(go_devs - {"bob"}))
# expect: True True True
s = set()
for word in "the cat and the hat and the bat".split():
    if word in s:
        print("dup:", word)
    s.add(word)
# expect: dup: the
# expect: dup: and
# expect: dup: the
print(len(s), sorted(s))  # expect: 5 ['and', 'bat', 'cat', 'hat', 'the']
fs = frozenset({1, 2, 3})
d = {fs: "frozen key", frozenset(): "empty"}
print(d[frozenset([3, 2, 1])], len(d), fs | {4} == {1, 2, 3, 4}, type(fs | {4}).__name__)
# expect: frozen key 2 True frozenset
nums = set(range(20))
nums -= {x for x in nums if x % 2}
nums &= set(range(0, 20, 3))
print(sorted(nums))  # expect: [0, 6, 12, 18]
nums.update([100, 101], (200,))
nums.difference_update({0, 6})
print(sorted(nums), nums.pop() in {12, 18, 100, 101, 200} if False else "", min(nums), max(nums))
# expect: [12, 18, 100, 101, 200]  12 200
a = {1, 2, 3}
b = a.copy()
b.add(4)
a.discard(1)
a.remove(2)
print(sorted(a), sorted(b), a <= b)  # expect: [3] [1, 2, 3, 4] True
try:
    a.remove(99)
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 99
print(sorted({x % 7 for x in range(100)}), len({(x, y) for x in range(3) for y in range(3) if x != y}))
# expect: [0, 1, 2, 3, 4, 5, 6] 6
print(sorted(set("mississippi")), "".join(sorted(set("mississippi"), key="mississippi".index)))
# expect: ['i', 'm', 'p', 's'] misp
