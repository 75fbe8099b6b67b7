rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 1234.567)]
header = f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>12}"
print(header)             # expect: Item          Qty     Price       Total
print("-" * len(header))  # expect: ---------------------------------------
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>5}{price:>10.2f}{total:>12,.2f}")
# expect: Widget          4      3.50       14.00
# expect: Gadget         12     10.00      120.00
# expect: Thingamajig     1   1234.57    1,234.57
print("-" * len(header))                # expect: ---------------------------------------
print(f"{'TOTAL':<27}{grand:>12,.2f}")  # expect: TOTAL                          1,368.57
print(f"{'share':<12}{rows[2][2] / grand:>27.1%}")
# expect: share                             90.2%
