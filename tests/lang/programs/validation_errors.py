class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class MultiError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation errors")

def require(cond, field, message):
    if not cond:
        raise ValidationError(field, message)

def validate_user(user):
    errors = []
    checks = [
        (lambda u: isinstance(u.get("name"), str) and u["name"].strip(), "name", "must be a non-empty string"),
        (lambda u: isinstance(u.get("age"), int) and 0 <= u["age"] <= 150, "age", "must be an int in 0..150"),
        (lambda u: "@" in u.get("email", "") and "." in u.get("email", "").split("@")[-1], "email", "invalid"),
        (lambda u: len(u.get("password", "")) >= 8, "password", "too short"),
    ]
    for check, field, msg in checks:
        try:
            require(check(user), field, msg)
        except ValidationError as e:
            errors.append(e)
    if errors:
        raise MultiError(errors)
    return True

users = [
    {"name": "ann", "age": 30, "email": "ann@x.org", "password": "correcthorse"},
    {"name": " ", "age": 200, "email": "bad", "password": "123"},
    {"age": "30", "email": "a@b", "password": "longenough"},
]
for u in users:
    try:
        validate_user(u)
        print("ok:", u["name"])
    except MultiError as me:
        print(me)
        for err in me.errors:
            print("  -", err, f"[{err.field}]")
# expect: ok: ann
# expect: 4 validation errors
# expect:   - name: must be a non-empty string [name]
# expect:   - age: must be an int in 0..150 [age]
# expect:   - email: invalid [email]
# expect:   - password: too short [password]
# expect: 3 validation errors
# expect:   - name: must be a non-empty string [name]
# expect:   - age: must be an int in 0..150 [age]
# expect:   - email: invalid [email]

def parse_int(s, lo=None, hi=None):
    try:
        n = int(s)
    except ValueError:
        raise ValueError(f"not an integer: {s!r}") from None
    if lo is not None and n < lo:
        raise ValueError(f"{n} < {lo}")
    if hi is not None and n > hi:
        raise ValueError(f"{n} > {hi}")
    return n

for s in ["42", "x", "-5", "101", " 7 "]:
    try:
        print(parse_int(s, 0, 100))
    except ValueError as e:
        print("ValueError:", e, e.__cause__)
# expect: 42
# expect: ValueError: not an integer: 'x' None
# expect: ValueError: -5 < 0 None
# expect: ValueError: 101 > 100 None
# expect: 7
try:
    try:
        parse_int("abc")
    except ValueError as e:
        raise RuntimeError("config failed") from e
except RuntimeError as e:
    print(e, "<-", e.__cause__)  # expect: config failed <- not an integer: 'abc'
validate_user({"name": "zed"})   # expect runtime error: MultiError: 3 validation errors
