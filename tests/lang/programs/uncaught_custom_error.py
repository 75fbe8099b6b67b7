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

print(order("widget", 3))
print(order("gadget", 2))
print(stock)
print(order("widget", 4))
# expect: ordered 3 widget
# expect: ordered 2 gadget
# expect: {'widget': 2, 'gadget': 0}
# expect runtime error: InsufficientStock: wanted 4 widget, only 2 left
