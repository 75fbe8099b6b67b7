class InsufficientStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"wanted {wanted} {item}, only {have} left")

stock = {"widget": 5, "gadget": 2}

def order(item, qty):
    have = stock.get(item, 0)
    if qty > have:
        raise InsufficientStock(item, qty, have)
    stock[item] = have - qty
    return f"ordered {qty} {item}"

print(order("widget", 3))  # expect: ordered 3 widget
print(order("gadget", 2))  # expect: ordered 2 gadget
print(stock)               # expect: {'widget': 2, 'gadget': 0}
print(order("widget", 4))  # expect runtime error: InsufficientStock: wanted 4 widget, only 2 left
