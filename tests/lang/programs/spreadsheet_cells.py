class CycleError(Exception):
    pass

class Sheet:
    def __init__(self):
        self.raw = {}

    def set(self, cell, value):
        self.raw[cell] = value

    def refs(self, formula):
        tokens = formula.replace("(", " ").replace(")", " ").replace(",", " ").replace("+", " ").replace("*", " ").replace("-", " ").split()
        return [t for t in tokens if t[0].isalpha() and t[1:].isdigit()]

    def value(self, cell, visiting=None):
        visiting = visiting or []
        if cell in visiting:
            raise CycleError(" -> ".join(visiting + [cell]))
        raw = self.raw.get(cell, 0)
        if not isinstance(raw, str) or not raw.startswith("="):
            return raw
        expr = raw[1:]
        if expr.startswith("SUM(") and ":" in expr:
            a, b = expr[4:-1].split(":")
            col = a[0]
            return sum(self.value(f"{col}{r}", visiting + [cell]) for r in range(int(a[1:]), int(b[1:]) + 1))
        env = {r: self.value(r, visiting + [cell]) for r in self.refs(expr)}
        total, sign, term = 0, 1, 1
        for tok in expr.replace("+", " + ").replace("-", " - ").replace("*", " * ").split():
            if tok == "+":
                total += sign * term; sign, term = 1, 1
            elif tok == "-":
                total += sign * term; sign, term = -1, 1
            elif tok == "*":
                continue
            else:
                term *= env[tok] if tok in env else float(tok) if "." in tok else int(tok)
        return total + sign * term

s = Sheet()
for cell, v in {"A1": 10, "A2": 20, "A3": 30.5, "A4": "=SUM(A1:A3)", "B1": "=A1*2", "B2": "=B1+A2*3-5",
                "B3": "=A4*0.5", "C1": "=C2+1", "C2": "=C3+1", "C3": "=C1+1", "D1": "=Z9+1"}.items():
    s.set(cell, v)
for cell in ["A1", "A4", "B1", "B2", "B3", "D1", "C1"]:
    try:
        print(cell, "=", s.value(cell))
    except CycleError as e:
        print(cell, "cycle:", e)
# expect: A1 = 10
# expect: A4 = 60.5
# expect: B1 = 20
# expect: B2 = 75
# expect: B3 = 30.25
# expect: D1 = 1
# expect: C1 cycle: C1 -> C2 -> C3 -> C1
s.set("A1", 100)
print("after edit:", s.value("A4"), s.value("B2"), s.value("B3"))
# expect: after edit: 150.5 255 75.25
