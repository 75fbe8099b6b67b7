class JSONError(Exception):
    pass

class Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1

    def parse(self):
        v = self.value()
        self.ws()
        if self.i != len(self.s):
            raise JSONError(f"extra data at {self.i}")
        return v

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            raise JSONError("unexpected end")
        ch = self.s[self.i]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            key = self.string()
            self.ws()
            if self.s[self.i] != ":":
                raise JSONError(f"expected ':' at {self.i}")
            self.i += 1
            out[key] = self.value()
            self.ws()
            ch = self.s[self.i]
            self.i += 1
            if ch == "}":
                return out
            if ch != ",":
                raise JSONError(f"expected ',' or '}}' at {self.i - 1}")

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            ch = self.s[self.i]
            self.i += 1
            if ch == "]":
                return out
            if ch != ",":
                raise JSONError(f"expected ',' or ']' at {self.i - 1}")

    def string(self):
        if self.s[self.i] != '"':
            raise JSONError(f"expected string at {self.i}")
        self.i += 1
        out = []
        escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}
        while self.s[self.i] != '"':
            ch = self.s[self.i]
            if ch == "\\":
                self.i += 1
                e = self.s[self.i]
                if e == "u":
                    out.append(chr(int(self.s[self.i + 1:self.i + 5], 16)))
                    self.i += 4
                else:
                    out.append(escapes[e])
            else:
                out.append(ch)
            self.i += 1
        self.i += 1
        return "".join(out)

    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-0123456789.eE":
            self.i += 1
        text = self.s[start:self.i]
        if not text:
            raise JSONError(f"unexpected {self.s[start]!r} at {start}")
        return float(text) if any(c in text for c in ".eE") else int(text)

docs = [
    '{"name": "Edge", "version": [1, 2, 3], "stable": false, "meta": {"stars": 1.5e3, "owner": null}}',
    '[1, -2.5, "a\\tb", "\\u00e9t\\u00e9", [], {}, true]',
    '  "just a string"  ',
    '{"a": [1, 2,, 3]}',
    '{"a" 1}',
    '[1, 2] x',
    '{"deep": [[[[{"k": "v"}]]]]}',
]
for d in docs:
    try:
        v = Parser(d).parse()
        print(type(v).__name__, v)
    except JSONError as e:
        print("JSONError:", e)
# expect: dict {'name': 'Edge', 'version': [1, 2, 3], 'stable': False, 'meta': {'stars': 1500.0, 'owner': None}}
# expect: list [1, -2.5, 'a\tb', 'été', [], {}, True]
# expect: str just a string
# expect: JSONError: unexpected ',' at 12
# expect: JSONError: expected ':' at 5
# expect: JSONError: extra data at 7
# expect: dict {'deep': [[[[{'k': 'v'}]]]]}
