FACTORS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mm": 0.001, "mi": 1609.344, "ft": 0.3048, "in": 0.0254},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125},
    "time": {"s": 1, "min": 60, "h": 3600, "day": 86400},
}

class ConversionError(Exception):
    pass

def category(unit):
    for cat, units in FACTORS.items():
        if unit in units:
            return cat
    if unit in ("C", "F", "K"):
        return "temperature"
    raise ConversionError(f"unknown unit {unit!r}")

def convert(value, src, dst):
    c1, c2 = category(src), category(dst)
    if c1 != c2:
        raise ConversionError(f"cannot convert {c1} to {c2}")
    if c1 == "temperature":
        kelvin = {"C": lambda v: v + 273.15, "F": lambda v: (v - 32) * 5 / 9 + 273.15, "K": lambda v: v}[src](value)
        return {"C": lambda k: k - 273.15, "F": lambda k: (k - 273.15) * 9 / 5 + 32, "K": lambda k: k}[dst](kelvin)
    return value * FACTORS[c1][src] / FACTORS[c1][dst]

def parse_and_convert(query):
    amount, src, _, dst = query.split()
    return f"{query} = {convert(float(amount), src, dst):.6g} {dst}"

queries = ["5 km to mi", "12 in to cm", "1 mi to ft", "100 C to F", "-40 F to C", "0 K to C",
           "2.5 lb to g", "90 min to h", "3 day to s", "5 kg to m", "1 parsec to m", "98.6 F to K"]
for q in queries:
    try:
        print(parse_and_convert(q))
    except ConversionError as e:
        print(f"{q}: error: {e}")
# expect: 5 km to mi = 3.10686 mi
# expect: 12 in to cm = 30.48 cm
# expect: 1 mi to ft = 5280 ft
# expect: 100 C to F = 212 F
# expect: -40 F to C = -40 C
# expect: 0 K to C = -273.15 C
# expect: 2.5 lb to g = 1133.98 g
# expect: 90 min to h = 1.5 h
# expect: 3 day to s = 259200 s
# expect: 5 kg to m: error: cannot convert mass to length
# expect: 1 parsec to m: error: unknown unit 'parsec'
# expect: 98.6 F to K = 310.15 K
print(f"{convert(1, 'mi', 'km'):.4f} {convert(26.2, 'mi', 'km'):.2f} {convert(1, 'h', 's')}")
# expect: 1.6093 42.16 3600.0
table = [(c, convert(c, "C", "F")) for c in range(-20, 41, 10)]
for c, f in table:
    print(f"{c:>4}C {f:>6.1f}F {'#' * int(f // 10)}".rstrip())
# expect:  -20C   -4.0F
# expect:  -10C   14.0F #
# expect:    0C   32.0F ###
# expect:   10C   50.0F #####
# expect:   20C   68.0F ######
# expect:   30C   86.0F ########
# expect:   40C  104.0F ##########
