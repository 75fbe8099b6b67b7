import_free_vars = {}

def apply(op, a, b):
    match op:
        case "+": return a + b
        case "-": return a - b
        case "*": return a * b
        case "/":
            if b == 0:
                raise ZeroDivisionError("division by zero")
            return a / b
        case "//": return a // b
        case "%": return a % b
        case "**":
            if abs(b) > 1000:
                raise OverflowError("exponent too large")
            return a ** b
        case _:
            raise ValueError(f"unknown operator {op!r}")

def value(tok):
    if tok in import_free_vars:
        return import_free_vars[tok]
    try:
        return int(tok)
    except ValueError:
        pass
    try:
        return float(tok)
    except ValueError:
        raise NameError(f"undefined: {tok}") from None

def run_line(line):
    tokens = line.split()
    if len(tokens) >= 2 and tokens[1] == "=":
        name, expr = tokens[0], tokens[2:]
    else:
        name, expr = "_", tokens
    if len(expr) == 1:
        result = value(expr[0])
    elif len(expr) == 3:
        result = apply(expr[1], value(expr[0]), value(expr[2]))
    else:
        raise SyntaxError("expected: a op b")
    import_free_vars[name] = result
    return result

session = ["2 + 3", "x = 10", "y = x * 2.5", "y // 3", "_ ** 2", "z / 0", "q + 1", "7 & 3",
           "big = 2 ** 200", "big % 1000007", "2 ** 5000", "1 2 3 4", "10 % 3", "-7 // 2", "x"]
for line in session:
    try:
        print(f">>> {line}\n{run_line(line)!r}")
    except (ZeroDivisionError, NameError, ValueError, OverflowError, SyntaxError) as e:
        print(f">>> {line}\n{type(e).__name__}: {e}")
# expect: >>> 2 + 3
# expect: 5
# expect: >>> x = 10
# expect: 10
# expect: >>> y = x * 2.5
# expect: 25.0
# expect: >>> y // 3
# expect: 8.0
# expect: >>> _ ** 2
# expect: 64.0
# expect: >>> z / 0
# expect: NameError: undefined: z
# expect: >>> q + 1
# expect: NameError: undefined: q
# expect: >>> 7 & 3
# expect: ValueError: unknown operator '&'
# expect: >>> big = 2 ** 200
# expect: 1606938044258990275541962092341162602522202993782792835301376
# expect: >>> big % 1000007
# expect: 446616
# expect: >>> 2 ** 5000
# expect: OverflowError: exponent too large
# expect: >>> 1 2 3 4
# expect: SyntaxError: expected: a op b
# expect: >>> 10 % 3
# expect: 1
# expect: >>> -7 // 2
# expect: -4
# expect: >>> x
# expect: 10
print(sorted(import_free_vars))  # expect: ['_', 'big', 'x', 'y']
