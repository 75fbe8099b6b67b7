class Expr:
    def __add__(self, o): return Add(self, wrap(o))
    def __radd__(self, o): return Add(wrap(o), self)
    def __mul__(self, o): return Mul(self, wrap(o))
    def __rmul__(self, o): return Mul(wrap(o), self)
    def __sub__(self, o): return Add(self, Mul(Const(-1), wrap(o)))
    def __pow__(self, n): return Pow(self, n)

class Const(Expr):
    def __init__(self, v): self.v = v
    def eval(self, env): return self.v
    def diff(self, var): return Const(0)
    def simplify(self): return self
    def __str__(self): return str(self.v)

class Var(Expr):
    def __init__(self, name): self.name = name
    def eval(self, env): return env[self.name]
    def diff(self, var): return Const(1 if var == self.name else 0)
    def simplify(self): return self
    def __str__(self): return self.name

class Add(Expr):
    def __init__(self, a, b): self.a, self.b = a, b
    def eval(self, env): return self.a.eval(env) + self.b.eval(env)
    def diff(self, var): return Add(self.a.diff(var), self.b.diff(var))
    def simplify(self):
        a, b = self.a.simplify(), self.b.simplify()
        if isinstance(a, Const) and isinstance(b, Const): return Const(a.v + b.v)
        if isinstance(a, Const) and a.v == 0: return b
        if isinstance(b, Const) and b.v == 0: return a
        return Add(a, b)
    def __str__(self): return f"({self.a} + {self.b})"

class Mul(Expr):
    def __init__(self, a, b): self.a, self.b = a, b
    def eval(self, env): return self.a.eval(env) * self.b.eval(env)
    def diff(self, var): return Add(Mul(self.a.diff(var), self.b), Mul(self.a, self.b.diff(var)))
    def simplify(self):
        a, b = self.a.simplify(), self.b.simplify()
        if isinstance(a, Const) and isinstance(b, Const): return Const(a.v * b.v)
        for x, y in ((a, b), (b, a)):
            if isinstance(x, Const) and x.v == 0: return Const(0)
            if isinstance(x, Const) and x.v == 1: return y
        return Mul(a, b)
    def __str__(self): return f"{self.a}*{self.b}"

class Pow(Expr):
    def __init__(self, base, n): self.base, self.n = base, n
    def eval(self, env): return self.base.eval(env) ** self.n
    def diff(self, var): return Mul(Mul(Const(self.n), Pow(self.base, self.n - 1)), self.base.diff(var))
    def simplify(self):
        b = self.base.simplify()
        if self.n == 0: return Const(1)
        if self.n == 1: return b
        return Pow(b, self.n)
    def __str__(self): return f"{self.base}^{self.n}"

def wrap(x):
    return x if isinstance(x, Expr) else Const(x)

x, y = Var("x"), Var("y")
f = 3 * x ** 2 + 2 * x * y + 5
print(f)                         # expect: ((3*x^2 + 2*x*y) + 5)
print(f.simplify())              # expect: ((3*x^2 + 2*x*y) + 5)
print(f.eval({"x": 2, "y": 3}))  # expect: 29
dfx = f.diff("x").simplify()
dfy = f.diff("y").simplify()
print("df/dx =", dfx, "=", dfx.eval({"x": 2, "y": 3}))  # expect: df/dx = (3*2*x + 2*y) = 18
print("df/dy =", dfy, "=", dfy.eval({"x": 2, "y": 3}))  # expect: df/dy = 2*x = 4
g = (x - 1) * (x + 1)
print(g.simplify(), [g.eval({"x": v}) for v in range(-2, 3)])
# expect: (x + -1)*(x + 1) [3, 0, -1, 0, 3]
print((x ** 3).diff("x").simplify(), (x ** 1).diff("x").simplify(), Const(7).diff("x"))
# expect: 3*x^2 1 0
