# json: error positions for malformed documents, numbers at their edges, hooks,
# escapes both ways, indent and separators, and iterencode's pieces.
import json
for s in ["\"a\x01\"", "\"ab", "\"a\\q\"", "\"\\u12\"", "\"a\\u12g4\"", "\"\\ux123\"", "{\"a\":1,}", "[1,]", "{", "[", "{\"a\" 1}", "[1 2]", "-", "-x", "01", "1.", "1e", "1.5e+", "nul", "\"\\", "{1:2}", " ", "[1]x", "\"\\ud83d\\ude00\"", "tru", "-Infinity", "1E400", "-0", "{\"a\":}", "\ufeff1", "[1.5e3, -2E-2, 10, 0.5]", "{\"a\": {\"b\": [true, false, null]}}", "\"\\/\\b\\f\\n\\r\\t\\\"\\\\\"", "  \n [ \n ] \n", "{\"x\":1,\"x\":2}", "[\n1,\n2\n,]", "123456789012345678901234567890"]:
    try: print(repr(s), "->", repr(json.loads(s)))
    except json.JSONDecodeError as e: print(repr(s), "!!", e, e.lineno, e.colno, e.pos)
print(json.loads('"x\ty"', strict=False), json.loads("1.25", parse_float=lambda t: "F" + t), json.loads("[7]", parse_int=lambda t: int(t) * 2))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads("[NaN, Infinity]", parse_constant=lambda c: c))
print(json.JSONDecoder().raw_decode('{"a": 1} tail'))
try: json.loads(5)
except TypeError as e: print(e)
print(json.dumps("é\u2028\U0001F600\x7f\x00\"\\"), json.dumps("é\x7f\x1f", ensure_ascii=False))
print(json.dumps({"b": [1, 2.5, None], "a": {"c": True}}, indent=2, sort_keys=True))
print(json.dumps([1, [2, []], {}], indent="\t"))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")), json.dumps([1e100, 1e-7, -0.0, 3.0]))
print(json.dumps({1: 2, 2.5: 1, False: 0, None: 1}), json.dumps({(1,): 2, "k": 1}, skipkeys=True))
print(json.dumps(float("inf")), json.dumps([float("nan")]), json.dumps(2**70))
for bad in [lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps({(1,): 2}), lambda: json.dumps(object()), lambda: json.dumps({1: 2, "a": 1}, sort_keys=True)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
print(json.dumps({"x": {1, 2}}, default=sorted), json.dumps([1, 2], indent=0))
class E(json.JSONEncoder):
    def default(self, o): return {"set": sorted(o)}
print(json.dumps([{3, 1}], cls=E), E(indent=1).encode({"a": {2}}))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})) == ['{', '"a"', ': ', '[', '1', ', ', '2', ']', '}'] or "pieces differ")
# expect: '"a\x01"' !! Invalid control character at: line 1 column 3 (char 2) 1 3 2
# expect: '"ab' !! Unterminated string starting at: line 1 column 1 (char 0) 1 1 0
# expect: '"a\\q"' !! Invalid \escape: line 1 column 3 (char 2) 1 3 2
# expect: '"\\u12"' !! Invalid \uXXXX escape: line 1 column 3 (char 2) 1 3 2
# expect: '"a\\u12g4"' !! Invalid \uXXXX escape: line 1 column 4 (char 3) 1 4 3
# expect: '"\\ux123"' !! Invalid \uXXXX escape: line 1 column 3 (char 2) 1 3 2
# expect: '{"a":1,}' !! Expecting property name enclosed in double quotes: line 1 column 8 (char 7) 1 8 7
# expect: '[1,]' !! Expecting value: line 1 column 4 (char 3) 1 4 3
# expect: '{' !! Expecting property name enclosed in double quotes: line 1 column 2 (char 1) 1 2 1
# expect: '[' !! Expecting value: line 1 column 2 (char 1) 1 2 1
# expect: '{"a" 1}' !! Expecting ':' delimiter: line 1 column 6 (char 5) 1 6 5
# expect: '[1 2]' !! Expecting ',' delimiter: line 1 column 4 (char 3) 1 4 3
# expect: '-' !! Expecting value: line 1 column 1 (char 0) 1 1 0
# expect: '-x' !! Expecting value: line 1 column 1 (char 0) 1 1 0
# expect: '01' !! Extra data: line 1 column 2 (char 1) 1 2 1
# expect: '1.' !! Extra data: line 1 column 2 (char 1) 1 2 1
# expect: '1e' !! Extra data: line 1 column 2 (char 1) 1 2 1
# expect: '1.5e+' !! Extra data: line 1 column 4 (char 3) 1 4 3
# expect: 'nul' !! Expecting value: line 1 column 1 (char 0) 1 1 0
# expect: '"\\' !! Unterminated string starting at: line 1 column 1 (char 0) 1 1 0
# expect: '{1:2}' !! Expecting property name enclosed in double quotes: line 1 column 2 (char 1) 1 2 1
# expect: ' ' !! Expecting value: line 1 column 2 (char 1) 1 2 1
# expect: '[1]x' !! Extra data: line 1 column 4 (char 3) 1 4 3
# expect: '"\\ud83d\\ude00"' -> '😀'
# expect: 'tru' !! Expecting value: line 1 column 1 (char 0) 1 1 0
# expect: '-Infinity' -> -inf
# expect: '1E400' -> inf
# expect: '-0' -> 0
# expect: '{"a":}' !! Expecting value: line 1 column 6 (char 5) 1 6 5
# expect: '\ufeff1' !! Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0) 1 1 0
# expect: '[1.5e3, -2E-2, 10, 0.5]' -> [1500.0, -0.02, 10, 0.5]
# expect: '{"a": {"b": [true, false, null]}}' -> {'a': {'b': [True, False, None]}}
# expect: '"\\/\\b\\f\\n\\r\\t\\"\\\\"' -> '/\x08\x0c\n\r\t"\\'
# expect: '  \n [ \n ] \n' -> []
# expect: '{"x":1,"x":2}' -> {'x': 2}
# expect: '[\n1,\n2\n,]' !! Expecting value: line 4 column 2 (char 8) 4 2 8
# expect: '123456789012345678901234567890' -> 123456789012345678901234567890
# expect: x	y F1.25 [14]
# expect: [('b', 1), ('a', 2)] ['a']
# expect: ['NaN', 'Infinity']
# expect: ({'a': 1}, 8)
# expect: the JSON object must be str, bytes or bytearray, not int
# expect: "\u00e9\u2028\ud83d\ude00\u007f\u0000\"\\" "é\u001f"
# expect: {
# expect:   "a": {
# expect:     "c": true
# expect:   },
# expect:   "b": [
# expect:     1,
# expect:     2.5,
# expect:     null
# expect:   ]
# expect: }
# expect: [
# expect: 	1,
# expect: 	[
# expect: 		2,
# expect: 		[]
# expect: 	],
# expect: 	{}
# expect: ]
# expect: {"a":1,"b":2} [1e+100, 1e-07, -0.0, 3.0]
# expect: {"1": 2, "2.5": 1, "false": 0, "null": 1} {"k": 1}
# expect: Infinity [NaN] 1180591620717411303424
# expect: ValueError Out of range float values are not JSON compliant
# expect: TypeError keys must be str, int, float, bool or None, not tuple
# expect: TypeError Object of type object is not JSON serializable
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: Circular reference detected
# expect: {"x": [1, 2]} [
# expect: 1,
# expect: 2
# expect: ]
# expect: [{"set": [1, 3]}] {
# expect:  "a": {
# expect:   "set": [
# expect:    2
# expect:   ]
# expect:  }
# expect: }
# expect: pieces differ
