class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, {self.qty})"

    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku

class OutOfStock(Exception):
    pass

class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item

    def remove(self, sku, qty):
        item = self.items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.qty < qty:
            raise OutOfStock(f"only {item.qty} of {item.name} left")
        item.qty -= qty
        if item.qty == 0:
            del self.items[sku]
        return item.price * qty

    def value(self):
        return sum(i.total() for i in self.items.values())

    def low_stock(self, threshold=5):
        return [i.name for i in self.items.values() if i.qty < threshold]

    def report(self):
        lines = [f"{'SKU':<6}{'Name':<12}{'Price':>8}{'Qty':>5}{'Total':>10}"]
        lines.append("-" * len(lines[0]))
        for item in sorted(self.items.values(), key=lambda i: i.total(), reverse=True):
            lines.append(f"{item.sku:<6}{item.name:<12}{item.price:>8.2f}{item.qty:>5}{item.total():>10.2f}")
        lines.append(f"{'TOTAL':<31}{self.value():>10.2f}")
        return "\n".join(lines)

inv = Inventory()
inv.add(Item("A1", "widget", 2.50, 100))
inv.add(Item("B2", "gadget", 12.99, 7))
inv.add(Item("C3", "doohickey", 0.75, 3))
inv.add(Item("A1", "widget", 2.50, 20))
inv.add(Item("D4", "gizmo", 99.0, 1))
print(inv.report())
# expect: SKU   Name           Price  Qty     Total
# expect: -----------------------------------------
# expect: A1    widget          2.50  120    300.00
# expect: D4    gizmo          99.00    1     99.00
# expect: B2    gadget         12.99    7     90.93
# expect: C3    doohickey       0.75    3      2.25
# expect: TOTAL                              492.18
print(inv.low_stock())               # expect: ['doohickey', 'gizmo']
print(f"{inv.remove('B2', 5):.2f}")  # expect: 64.95
for sku, qty in [("C3", 10), ("Z9", 1), ("D4", 1)]:
    try:
        print("sold", sku, inv.remove(sku, qty))
    except OutOfStock as e:
        print("out of stock:", e)
    except KeyError as e:
        print("unknown sku", e)
# expect: out of stock: only 3 of doohickey left
# expect: unknown sku 'Z9'
# expect: sold D4 99.0
print(sorted(inv.items))  # expect: ['A1', 'B2', 'C3']
print(inv.items["A1"], inv.items["A1"] == Item("A1", "x", 0), Item("A1", "", 0) in inv.items.values())
# expect: Item('A1', 'widget', 2.5, 120) True True
print(round(inv.value(), 2))  # expect: 328.23
