class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        if name in self:
            return self
        if self.outer is None:
            raise NameError(f"unbound symbol: {name}")
        return self.outer.find(name)

class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))
    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"

def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()

def read(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(read(tokens))
        tokens.pop(0)
        return lst
    if tok == ")":
        raise SyntaxError("unexpected )")
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return tok

def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
        "*": lambda a, b: a * b, "/": lambda a, b: a / b, "<": lambda a, b: a < b,
        ">": lambda a, b: a > b, "=": lambda a, b: a == b, "<=": lambda a, b: a <= b,
        "list": lambda *a: list(a), "car": lambda l: l[0], "cdr": lambda l: l[1:],
        "cons": lambda a, l: [a] + l, "null?": lambda l: l == [], "len": len,
        "map": lambda f, l: [f(x) for x in l], "abs": abs,
    })
    return env

def evaluate(x, env):
    while True:
        if isinstance(x, str):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            test, conseq, alt = args
            x = conseq if evaluate(test, env) else alt
            continue
        if op == "define":
            name, expr = args
            env[name] = evaluate(expr, env)
            return None
        if op == "lambda":
            params, body = args
            return Lambda(params, body, env)
        if op == "begin":
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        proc = evaluate(op, env)
        vals = [evaluate(a, env) for a in args]
        return proc(*vals)

def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)

genv = standard_env()
program = [
    "(define sq (lambda (x) (* x x)))",
    "(sq 12)",
    "(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))",
    "(fact 20)",
    "(fact 30)",
    "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
    "(map fib (list 0 1 2 3 4 5 6 7 8 9 10))",
    "(define count (lambda (item l) (if (null? l) 0 (+ (if (= item (car l)) 1 0) (count item (cdr l))))))",
    "(count 0 (list 0 1 2 3 0 0))",
    "(define make-adder (lambda (n) (lambda (x) (+ x n))))",
    "((make-adder 10) 5)",
    "(begin (define r 10) (* 3.14 (* r r)))",
    "(quote (a b c))",
    "(cons 1 (quote (2 3)))",
    "(if (> 3 2) (quote yes) (quote no))",
    "make-adder",
    "(undefined 1)",
    "(- 5)",
]
for line in program:
    try:
        result = evaluate(read(tokenize(line)), genv)
        if result is not None:
            print(f"{line[:40]:<40} => {to_str(result)}")
    except NameError as e:
        print("error:", e)
# expect: (sq 12)                                  => 144
# expect: (fact 20)                                => 2432902008176640000
# expect: (fact 30)                                => 265252859812191058636308480000000
# expect: (map fib (list 0 1 2 3 4 5 6 7 8 9 10))  => (0 1 1 2 3 5 8 13 21 34 55)
# expect: (count 0 (list 0 1 2 3 0 0))             => 3
# expect: ((make-adder 10) 5)                      => 15
# expect: (begin (define r 10) (* 3.14 (* r r)))   => 314.0
# expect: (quote (a b c))                          => (a b c)
# expect: (cons 1 (quote (2 3)))                   => (1 2 3)
# expect: (if (> 3 2) (quote yes) (quote no))      => yes
# expect: make-adder                               => <lambda (n)>
# expect: error: unbound symbol: undefined
# expect: (- 5)                                    => -5
