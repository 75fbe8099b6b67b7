class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return f"{self.kind}:{self.value!r}"

class CalcError(Exception):
    pass

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            tokens.append(Token("NUM", float(text) if "." in text else int(text), start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("NAME", src[start:i], start))
        elif ch in "+-*/%^()=,":
            tokens.append(Token("OP", ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("EOF", None, len(src)))
    return tokens

class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}

    def __init__(self, tokens, env):
        self.toks, self.i, self.env = tokens, 0, env

    def peek(self):
        return self.toks[self.i]

    def eat(self, value=None):
        tok = self.toks[self.i]
        if value is not None and tok.value != value:
            raise CalcError(f"expected {value!r} at {tok.pos}, got {tok.value!r}")
        self.i += 1
        return tok

    def statement(self):
        if self.peek().kind == "NAME" and self.toks[self.i + 1].value == "=":
            name = self.eat().value
            self.eat("=")
            self.env[name] = self.expr()
            return self.env[name]
        return self.expr()

    def expr(self):
        val = self.term()
        while self.peek().value in ("+", "-"):
            op = self.eat().value
            val = val + self.term() if op == "+" else val - self.term()
        return val

    def term(self):
        val = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.eat().value
            rhs = self.factor()
            if op != "*" and rhs == 0:
                raise CalcError("division by zero")
            val = val * rhs if op == "*" else val / rhs if op == "/" else val % rhs
        return val

    def factor(self):
        base = self.unary()
        if self.peek().value == "^":
            self.eat()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek().value == "-":
            self.eat()
            return -self.unary()
        return self.atom()

    def atom(self):
        tok = self.eat()
        if tok.kind == "NUM":
            return tok.value
        if tok.kind == "NAME":
            if self.peek().value == "(":
                self.eat("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.eat()
                    args.append(self.expr())
                self.eat(")")
                return self.FUNCS[tok.value](*args)
            if tok.value not in self.env:
                raise CalcError(f"unknown variable {tok.value}")
            return self.env[tok.value]
        if tok.value == "(":
            v = self.expr()
            self.eat(")")
            return v
        raise CalcError(f"unexpected {tok.value!r} at {tok.pos}")

env = {}
print(tokenize("x = 3.5 * (y + 2)"))
# expect: [NAME:'x', OP:'=', NUM:3.5, OP:'*', OP:'(', NAME:'y', OP:'+', NUM:2, OP:')', EOF:None]
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10", "y = x / 4",
             "x * y - 1", "max(1, x, 3) + abs(-7)", "10 % 4 + min(3, 2)", "1 / 0", "z + 1",
             "3 $ 4", "(1 + 2", "2 ^ 100", ".5 + .25"]:
    try:
        print(f"{line:<24} -> {Parser(tokenize(line), env).statement()}")
    except CalcError as e:
        print(f"{line:<24} !! {e}")
# expect: 1 + 2 * 3                -> 7
# expect: (1 + 2) * 3              -> 9
# expect: 2 ^ 3 ^ 2                -> 512
# expect: -2 ^ 2                   -> 4
# expect: x = 10                   -> 10
# expect: y = x / 4                -> 2.5
# expect: x * y - 1                -> 24.0
# expect: max(1, x, 3) + abs(-7)   -> 17
# expect: 10 % 4 + min(3, 2)       -> 4
# expect: 1 / 0                    !! division by zero
# expect: z + 1                    !! unknown variable z
# expect: 3 $ 4                    !! unexpected character '$' at 2
# expect: (1 + 2                   !! expected ')' at 6, got None
# expect: 2 ^ 100                  -> 1267650600228229401496703205376
# expect: .5 + .25                 -> 0.75
print(env)  # expect: {'x': 10, 'y': 2.5}
