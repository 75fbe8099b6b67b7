rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 1234.567)]
header = f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>12}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>5}{price:>10.2f}{total:>12,.2f}")
print("-" * len(header))
print(f"{'TOTAL':<27}{grand:>12,.2f}")
print(f"{'share':<12}{rows[2][2] / grand:>27.1%}")
# expect: Item          Qty     Price       Total
# expect: ---------------------------------------
# expect: Widget          4      3.50       14.00
# expect: Gadget         12     10.00      120.00
# expect: Thingamajig     1   1234.57    1,234.57
# expect: ---------------------------------------
# expect: TOTAL                          1,368.57
# expect: share                             90.2%
