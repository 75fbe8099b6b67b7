RECIPE = {
    "name": "Pancakes",
    "serves": 4,
    "ingredients": [
        ("flour", 1.5, "cup"),
        ("milk", 1.25, "cup"),
        ("egg", 1, "each"),
        ("sugar", 1, "tbsp"),
        ("baking powder", 3.5, "tsp"),
        ("salt", 0.25, "tsp"),
        ("butter", 3, "tbsp"),
    ],
}
TSP_PER = {"tsp": 1, "tbsp": 3, "cup": 48}

def simplify(qty, unit):
    if unit not in TSP_PER:
        return qty, unit
    tsp = qty * TSP_PER[unit]
    for u in ("cup", "tbsp", "tsp"):
        if tsp >= TSP_PER[u] or u == "tsp":
            return tsp / TSP_PER[u], u

def pretty(qty):
    whole = int(qty)
    frac = qty - whole
    fractions = {0: "", 0.25: "1/4", 1 / 3: "1/3", 0.5: "1/2", 2 / 3: "2/3", 0.75: "3/4"}
    best = min(fractions, key=lambda f: abs(f - frac))
    if abs(best - frac) > 0.05:
        return f"{qty:.2f}"
    if best == 0:
        return str(whole)
    return f"{whole} {fractions[best]}" if whole else fractions[best]

def scale(recipe, servings):
    factor = servings / recipe["serves"]
    print(f"{recipe['name']} for {servings} (x{factor:g})")
    for name, qty, unit in recipe["ingredients"]:
        q, u = simplify(qty * factor, unit)
        if unit == "each":
            q = round(q + 0.49)
            print(f"  {q} {name}{'s' if q != 1 else ''}")
        else:
            print(f"  {pretty(q):>6} {u:<5} {name}")

for n in (4, 2, 1, 6, 12):
    scale(RECIPE, n)
# expect: Pancakes for 4 (x1)
# expect:    1 1/2 cup   flour
# expect:    1 1/4 cup   milk
# expect:   1 egg
# expect:        1 tbsp  sugar
# expect:     1.17 tbsp  baking powder
# expect:      1/4 tsp   salt
# expect:        3 tbsp  butter
# expect: Pancakes for 2 (x0.5)
# expect:       12 tbsp  flour
# expect:       10 tbsp  milk
# expect:   1 egg
# expect:    1 1/2 tsp   sugar
# expect:    1 3/4 tsp   baking powder
# expect:     0.12 tsp   salt
# expect:    1 1/2 tbsp  butter
# expect: Pancakes for 1 (x0.25)
# expect:        6 tbsp  flour
# expect:        5 tbsp  milk
# expect:   1 egg
# expect:      3/4 tsp   sugar
# expect:     0.88 tsp   baking powder
# expect:     0.06 tsp   salt
# expect:    2 1/4 tsp   butter
# expect: Pancakes for 6 (x1.5)
# expect:    2 1/4 cup   flour
# expect:     1.88 cup   milk
# expect:   2 eggs
# expect:    1 1/2 tbsp  sugar
# expect:    1 3/4 tbsp  baking powder
# expect:      1/3 tsp   salt
# expect:    4 1/2 tbsp  butter
# expect: Pancakes for 12 (x3)
# expect:    4 1/2 cup   flour
# expect:    3 3/4 cup   milk
# expect:   3 eggs
# expect:        3 tbsp  sugar
# expect:    3 1/2 tbsp  baking powder
# expect:      3/4 tsp   salt
# expect:        9 tbsp  butter
