# json.loads: objects, arrays, numbers, strings with escapes, the hooks, and
# JSONDecodeError with CPython's message, line and column.
import json
from io import StringIO

doc = '{"name": "Edge", "list": [1, 2.5, -3e2, true, false, null], "nested": {"x": "\\u00e9\\ud83d\\ude00\\n"}}'
value = json.loads(doc)
print(value, type(value["list"][1]).__name__, repr(value["nested"]["x"]))
# expect: {'name': 'Edge', 'list': [1, 2.5, -300.0, True, False, None], 'nested': {'x': 'é😀\n'}} float 'é😀\n'
print(json.loads("[]"), json.loads(" {} "), repr(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"')), json.loads("123456789012345678901234567890"))
# expect: [] {} '"\\/\x08\x0c\n\r\t' 123456789012345678901234567890
print(json.loads("[NaN, Infinity, -Infinity, -0.0, 1E400, 0]"), json.loads('{"a": 1, "a": 2}'))
# expect: [nan, inf, -inf, -0.0, inf, 0] {'a': 2}
print(json.loads('{"a": 1.5, "b": [1, 2]}', parse_float=str, parse_int=lambda s: int(s) * 10))
# expect: {'a': '1.5', 'b': [10, 20]}
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=list), json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d)))
# expect: [('b', 1), ('a', [('c', 2)])] ['x']
print(json.loads("[NaN]", parse_constant=lambda name: name), json.loads('"a\tb"', strict=False))
# expect: ['NaN'] a	b
print(json.JSONDecoder().raw_decode('[1, 2] tail'), json.load(StringIO('{"from": "a file"}')))
# expect: ([1, 2], 6) {'from': 'a file'}
out = StringIO()
json.dump({"to": ["a", "file"]}, out, indent=1)
print(out.getvalue())
# expect: {
# expect:  "to": [
# expect:   "a",
# expect:   "file"
# expect:  ]
# expect: }
print(json.loads(json.dumps({"round": ["trip", 1.1, {"é": None}]})))
# expect: {'round': ['trip', 1.1, {'é': None}]}
for text in ["", "[1,]", '{"a" 1}', '{"a": 1,}', "{1: 2}", "[1 2]", '"abc', "[1] x", '{"a": 1', "[", '"\\x"', "tru",
             '"\\u12"', '"a\nb"', "-", "01", ".5", "[1,2,\n3,,]", '{"a":1}  \n\n  x', " \t\n", "\ufeff[]"]:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(text), "->", e, (e.msg, e.lineno, e.colno, e.pos))
# expect: '' -> Expecting value: line 1 column 1 (char 0) ('Expecting value', 1, 1, 0)
# expect: '[1,]' -> Expecting value: line 1 column 4 (char 3) ('Expecting value', 1, 4, 3)
# expect: '{"a" 1}' -> Expecting ':' delimiter: line 1 column 6 (char 5) ("Expecting ':' delimiter", 1, 6, 5)
# expect: '{"a": 1,}' -> Expecting property name enclosed in double quotes: line 1 column 9 (char 8) ('Expecting property name enclosed in double quotes', 1, 9, 8)
# expect: '{1: 2}' -> Expecting property name enclosed in double quotes: line 1 column 2 (char 1) ('Expecting property name enclosed in double quotes', 1, 2, 1)
# expect: '[1 2]' -> Expecting ',' delimiter: line 1 column 4 (char 3) ("Expecting ',' delimiter", 1, 4, 3)
# expect: '"abc' -> Unterminated string starting at: line 1 column 1 (char 0) ('Unterminated string starting at', 1, 1, 0)
# expect: '[1] x' -> Extra data: line 1 column 5 (char 4) ('Extra data', 1, 5, 4)
# expect: '{"a": 1' -> Expecting ',' delimiter: line 1 column 8 (char 7) ("Expecting ',' delimiter", 1, 8, 7)
# expect: '[' -> Expecting value: line 1 column 2 (char 1) ('Expecting value', 1, 2, 1)
# expect: '"\\x"' -> Invalid \escape: line 1 column 2 (char 1) ('Invalid \\escape', 1, 2, 1)
# expect: 'tru' -> Expecting value: line 1 column 1 (char 0) ('Expecting value', 1, 1, 0)
# expect: '"\\u12"' -> Invalid \uXXXX escape: line 1 column 3 (char 2) ('Invalid \\uXXXX escape', 1, 3, 2)
# expect: '"a\nb"' -> Invalid control character at: line 1 column 3 (char 2) ('Invalid control character at', 1, 3, 2)
# expect: '-' -> Expecting value: line 1 column 1 (char 0) ('Expecting value', 1, 1, 0)
# expect: '01' -> Extra data: line 1 column 2 (char 1) ('Extra data', 1, 2, 1)
# expect: '.5' -> Expecting value: line 1 column 1 (char 0) ('Expecting value', 1, 1, 0)
# expect: '[1,2,\n3,,]' -> Expecting value: line 2 column 3 (char 8) ('Expecting value', 2, 3, 8)
# expect: '{"a":1}  \n\n  x' -> Extra data: line 3 column 3 (char 13) ('Extra data', 3, 3, 13)
# expect: ' \t\n' -> Expecting value: line 2 column 1 (char 3) ('Expecting value', 2, 1, 3)
# expect: '\ufeff[]' -> Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0) ('Unexpected UTF-8 BOM (decode using utf-8-sig)', 1, 1, 0)
try:
    json.loads("[1, 2")
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.decoder.JSONDecodeError), e.doc)
    # expect: JSONDecodeError True [1, 2
try:
    json.loads(5)
except TypeError as e:
    print(e)  # expect: the JSON object must be str, bytes or bytearray, not int
