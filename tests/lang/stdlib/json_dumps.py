# json.dumps: CPython's output byte for byte: separators, indent, sort_keys, escapes,
# floats by their repr, default= for other objects, and the errors.
import json
from collections import OrderedDict, namedtuple

data = {"name": "Edge", "version": [0, 1], "ratio": 0.1 + 0.2, "big": 10 ** 20, "ok": True, "none": None,
        "nested": {"b": [], "a": {}, "list": [1.5, -0.0, 1e16, 1e-7]}, "text": "tab\t \"quoted\" \\ é ☃ 😀"}
print(json.dumps(data))
# expect: {"name": "Edge", "version": [0, 1], "ratio": 0.30000000000000004, "big": 100000000000000000000, "ok": true, "none": null, "nested": {"b": [], "a": {}, "list": [1.5, -0.0, 1e+16, 1e-07]}, "text": "tab\t \"quoted\" \\ \u00e9 \u2603 \ud83d\ude00"}
print(json.dumps(data, ensure_ascii=False, sort_keys=True))
# expect: {"big": 100000000000000000000, "name": "Edge", "nested": {"a": {}, "b": [], "list": [1.5, -0.0, 1e+16, 1e-07]}, "none": null, "ok": true, "ratio": 0.30000000000000004, "text": "tab\t \"quoted\" \\ é ☃ 😀", "version": [0, 1]}
print(json.dumps(data, indent=2, sort_keys=True))
# expect: {
# expect:   "big": 100000000000000000000,
# expect:   "name": "Edge",
# expect:   "nested": {
# expect:     "a": {},
# expect:     "b": [],
# expect:     "list": [
# expect:       1.5,
# expect:       -0.0,
# expect:       1e+16,
# expect:       1e-07
# expect:     ]
# expect:   },
# expect:   "none": null,
# expect:   "ok": true,
# expect:   "ratio": 0.30000000000000004,
# expect:   "text": "tab\t \"quoted\" \\ \u00e9 \u2603 \ud83d\ude00",
# expect:   "version": [
# expect:     0,
# expect:     1
# expect:   ]
# expect: }
print(json.dumps([1, [2, [3, {}]], {"k": []}], indent="\t"))
# expect: [
# expect: 	1,
# expect: 	[
# expect: 		2,
# expect: 		[
# expect: 			3,
# expect: 			{}
# expect: 		]
# expect: 	],
# expect: 	{
# expect: 		"k": []
# expect: 	}
# expect: ]
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")), json.dumps([1, 2], indent=0))
# expect: {"a":1,"b":[1,2]} [
# expect: 1,
# expect: 2
# expect: ]
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "null"}), json.dumps((1, 2)), json.dumps("é"))
# expect: {"1": "bool", "2.5": "float", "null": "null"} [1, 2] "\u00e9"
print(json.dumps([float("inf"), float("-inf"), float("nan")]), json.dumps(OrderedDict([("z", 1), ("a", 2)])))
# expect: [Infinity, -Infinity, NaN] {"z": 1, "a": 2}
Point = namedtuple("Point", "x y")
print(json.dumps(Point(1, 2)), json.dumps({"p": Point(3, 4)}, indent=1))
# expect: [1, 2] {
# expect:  "p": [
# expect:   3,
# expect:   4
# expect:  ]
# expect: }


class Money:
    def __init__(self, cents):
        self.cents = cents


def encode_money(obj):
    if isinstance(obj, Money):
        return {"cents": obj.cents}
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({"price": Money(250)}, default=encode_money), json.dumps({"tags": {"b", "a"}}, cls=SetEncoder))
# expect: {"price": {"cents": 250}} {"tags": ["a", "b"]}
print(json.dumps({(1, 2): "tuple key", "kept": 1}, skipkeys=True), list(json.JSONEncoder().iterencode({"a": [1, "x"]})))
# expect: {"kept": 1} ['{', '"a"', ': ', '[1', ', "x"', ']', '}']
loop = []
loop.append(loop)
for bad in [lambda: json.dumps(Money(1)), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(loop),
            lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps([float("inf")], allow_nan=False, indent=1),
            lambda: json.dumps({1: 1, "a": 2}, sort_keys=True), lambda: json.dumps({"s": {1}})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
# expect: TypeError: Object of type Money is not JSON serializable
# expect: TypeError: keys must be str, int, float, bool or None, not tuple
# expect: ValueError: Circular reference detected
# expect: ValueError: Out of range float values are not JSON compliant
# expect: ValueError: Out of range float values are not JSON compliant: inf
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
# expect: TypeError: Object of type set is not JSON serializable
