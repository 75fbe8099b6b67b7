orders = [
    ("2024-01-03", "alice", "book", 12.99, 2),
    ("2024-01-03", "bob", "pen", 1.50, 10),
    ("2024-01-04", "alice", "lamp", 34.00, 1),
    ("2024-01-05", "carol", "book", 12.99, 1),
    ("2024-01-05", "bob", "book", 12.99, 3),
    ("2024-02-01", "alice", "pen", 1.50, 4),
    ("2024-02-02", "dave", "desk", 199.00, 1),
    ("2024-02-02", "carol", "lamp", 34.00, 2),
]

def group(rows, keyfn):
    out = {}
    for r in rows:
        out.setdefault(keyfn(r), []).append(r)
    return out

def revenue(rows):
    return round(sum(price * qty for *_, price, qty in rows), 2)

by_customer = group(orders, lambda r: r[1])
for cust, rows in sorted(by_customer.items(), key=lambda kv: -revenue(kv[1])):
    items = ", ".join(f"{q}x{p}" for _, _, p, _, q in rows)
    print(f"{cust:<6} {revenue(rows):>8.2f}  {items}")
# expect: dave     199.00  1xdesk
# expect: carol     80.99  1xbook, 2xlamp
# expect: alice     65.98  2xbook, 1xlamp, 4xpen
# expect: bob       53.97  10xpen, 3xbook
by_month = group(orders, lambda r: r[0][:7])
print({m: revenue(rows) for m, rows in by_month.items()})
# expect: {'2024-01': 126.94, '2024-02': 273.0}
by_product = group(orders, lambda r: r[2])
units = {p: sum(r[4] for r in rows) for p, rows in by_product.items()}
print(sorted(units.items(), key=lambda kv: (-kv[1], kv[0])))
# expect: [('pen', 14), ('book', 6), ('lamp', 3), ('desk', 1)]
pivot = {}
for date, cust, prod, price, qty in orders:
    pivot.setdefault(cust, {}).setdefault(prod, 0)
    pivot[cust][prod] += qty
products = sorted(by_product)
print(f"{'':<6}" + "".join(f"{p:>6}" for p in products))  # expect:         book  desk  lamp   pen
for cust in sorted(pivot):
    print(f"{cust:<6}" + "".join(f"{pivot[cust].get(p, 0):>6}" for p in products))
# expect: alice      2     0     1     4
# expect: bob        3     0     0    10
# expect: carol      1     0     2     0
# expect: dave       0     1     0     0
repeat = [c for c, rows in by_customer.items() if len({r[0] for r in rows}) > 1]
print("repeat customers:", repeat)  # expect: repeat customers: ['alice', 'bob', 'carol']
