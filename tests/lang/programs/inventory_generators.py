STOCK = [
    {"sku": "A-100", "name": "bolt", "qty": 500, "reorder": 200, "cost": 0.05},
    {"sku": "A-101", "name": "nut", "qty": 150, "reorder": 200, "cost": 0.03},
    {"sku": "B-200", "name": "washer", "qty": 0, "reorder": 100, "cost": 0.01},
    {"sku": "C-300", "name": "bracket", "qty": 40, "reorder": 25, "cost": 1.20},
    {"sku": "C-301", "name": "hinge", "qty": 12, "reorder": 30, "cost": 2.75},
]

def needs_reorder(items):
    for it in items:
        if it["qty"] < it["reorder"]:
            yield it

def order_lines(items, multiple=50):
    for it in items:
        short = it["reorder"] * 2 - it["qty"]
        qty = -(-short // multiple) * multiple
        yield it["sku"], it["name"], qty, round(qty * it["cost"], 2)

def consume(items, usage):
    for it in items:
        used = usage.get(it["sku"], 0)
        yield {**it, "qty": max(0, it["qty"] - used)}

orders = list(order_lines(needs_reorder(STOCK)))
for sku, name, qty, cost in orders:
    print(f"{sku} {name:<8} order {qty:>4}  ${cost:>7.2f}")
# expect: A-101 nut      order  250  $   7.50
# expect: B-200 washer   order  200  $   2.00
# expect: C-301 hinge    order   50  $ 137.50
print("total order cost:", sum(o[3] for o in orders))  # expect: total order cost: 147.0
after = list(consume(STOCK, {"A-100": 350, "C-300": 20}))
print([(i["sku"], i["qty"]) for i in after])
# expect: [('A-100', 150), ('A-101', 150), ('B-200', 0), ('C-300', 20), ('C-301', 12)]
print([i["name"] for i in needs_reorder(after)])
# expect: ['bolt', 'nut', 'washer', 'bracket', 'hinge']
value = sum(i["qty"] * i["cost"] for i in STOCK)
print(f"inventory value ${value:.2f}")  # expect: inventory value $110.50
by_prefix = {}
for it in STOCK:
    by_prefix.setdefault(it["sku"][0], []).append(it["name"])
print(by_prefix)  # expect: {'A': ['bolt', 'nut'], 'B': ['washer'], 'C': ['bracket', 'hinge']}
