def tokenize(expr):
    out = []
    i = 0
    while i < len(expr):
        if expr[i].isspace():
            i += 1
        elif expr[i] in "()!":
            out.append(expr[i])
            i += 1
        elif expr[i:i + 2] in ("&&", "||", "->"):
            out.append(expr[i:i + 2])
            i += 2
        elif expr[i].isalpha():
            j = i
            while j < len(expr) and expr[j].isalnum():
                j += 1
            out.append(expr[i:j])
            i = j
        else:
            raise SyntaxError(f"bad char {expr[i]!r}")
    return out

def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else None
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def implies():
        left = disj()
        if peek() == "->":
            take()
            return ("->", left, implies())
        return left
    def disj():
        node = conj()
        while peek() == "||":
            take()
            node = ("||", node, conj())
        return node
    def conj():
        node = unary()
        while peek() == "&&":
            take()
            node = ("&&", node, unary())
        return node
    def unary():
        if peek() == "!":
            take()
            return ("!", unary())
        if peek() == "(":
            take()
            node = implies()
            take()
            return node
        return take()
    return implies()

def evaluate(node, env):
    if isinstance(node, str):
        return env[node]
    op = node[0]
    if op == "!":
        return not evaluate(node[1], env)
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    return {"&&": a and b, "||": a or b, "->": (not a) or b}[op]

def variables(node):
    if isinstance(node, str):
        return {node}
    return set().union(*(variables(n) for n in node[1:]))

def truth_table(expr):
    tree = parse(tokenize(expr))
    names = sorted(variables(tree))
    print(" ".join(names), "|", expr)
    results = []
    for mask in range(2 ** len(names)):
        env = {n: bool(mask >> (len(names) - 1 - i) & 1) for i, n in enumerate(names)}
        r = evaluate(tree, env)
        results.append(r)
        print(" ".join("T" if env[n] else "F" for n in names), "|", "T" if r else "F")
    kind = "tautology" if all(results) else "contradiction" if not any(results) else "contingent"
    print("=>", kind)

truth_table("a && b || !c")
# expect: a b c | a && b || !c
# expect: F F F | T
# expect: F F T | F
# expect: F T F | T
# expect: F T T | F
# expect: T F F | T
# expect: T F T | F
# expect: T T F | T
# expect: T T T | T
# expect: => contingent
truth_table("(p -> q) && p -> q")
# expect: p q | (p -> q) && p -> q
# expect: F F | T
# expect: F T | T
# expect: T F | T
# expect: T T | T
# expect: => tautology
truth_table("x && !x")
# expect: x | x && !x
# expect: F | F
# expect: T | F
# expect: => contradiction
print(parse(tokenize("!(a || b) && c")))  # expect: ('&&', ('!', ('||', 'a', 'b')), 'c')
