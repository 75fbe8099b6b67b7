class Product:
    def __init__(self, name, price, category):
        self.name, self.price, self.category = name, price, category

class Discount:
    def apply(self, cart):
        return 0.0

class PercentOff(Discount):
    def __init__(self, pct, category=None):
        self.pct, self.category = pct, category
    def apply(self, cart):
        base = sum(p.price * q for p, q in cart.lines() if self.category in (None, p.category))
        return round(base * self.pct / 100, 2)
    def __str__(self):
        return f"{self.pct}% off {self.category or 'everything'}"

class BuyXGetY(Discount):
    def __init__(self, name, x, y):
        self.name, self.x, self.y = name, x, y
    def apply(self, cart):
        for p, q in cart.lines():
            if p.name == self.name:
                free = q // (self.x + self.y) * self.y
                return round(free * p.price, 2)
        return 0.0
    def __str__(self):
        return f"buy {self.x} get {self.y} free on {self.name}"

class Cart:
    TAX = 0.08
    def __init__(self):
        self.items = {}
        self.discounts = []
    def add(self, product, qty=1):
        entry = self.items.setdefault(product.name, [product, 0])
        entry[1] += qty
        return self
    def remove(self, name, qty=None):
        if name not in self.items:
            raise KeyError(name)
        if qty is None or qty >= self.items[name][1]:
            del self.items[name]
        else:
            self.items[name][1] -= qty
    def lines(self):
        return [(p, q) for p, q in self.items.values()]
    def subtotal(self):
        return round(sum(p.price * q for p, q in self.lines()), 2)
    def receipt(self):
        out = []
        for p, q in self.lines():
            out.append(f"{p.name:<12}{q:>3} x {p.price:>6.2f} = {p.price * q:>8.2f}")
        sub = self.subtotal()
        out.append(f"{'subtotal':<29}{sub:>8.2f}")
        total_disc = 0.0
        for d in self.discounts:
            amount = d.apply(self)
            if amount:
                out.append(f"  {str(d):<27}{-amount:>8.2f}")
                total_disc += amount
        taxed = round((sub - total_disc) * self.TAX, 2)
        out.append(f"{'tax':<29}{taxed:>8.2f}")
        out.append(f"{'TOTAL':<29}{sub - total_disc + taxed:>8.2f}")
        return "\n".join(out)

apple = Product("apple", 0.5, "fruit")
bread = Product("bread", 2.25, "bakery")
cheese = Product("cheese", 7.99, "dairy")
milk = Product("milk", 1.19, "dairy")
cart = Cart().add(apple, 6).add(bread).add(cheese, 2).add(milk, 3).add(apple, 1)
cart.discounts = [PercentOff(10, "dairy"), BuyXGetY("apple", 2, 1), PercentOff(5), BuyXGetY("caviar", 1, 1)]
print(cart.receipt())
# expect: apple         7 x   0.50 =     3.50
# expect: bread         1 x   2.25 =     2.25
# expect: cheese        2 x   7.99 =    15.98
# expect: milk          3 x   1.19 =     3.57
# expect: subtotal                        25.30
# expect:   10% off dairy                 -1.96
# expect:   buy 2 get 1 free on apple     -1.00
# expect:   5% off everything             -1.26
# expect: tax                              1.69
# expect: TOTAL                           22.77
cart.remove("cheese", 1)
cart.remove("bread")
try:
    cart.remove("caviar")
except KeyError as e:
    print("not in cart:", e)  # expect: not in cart: 'caviar'
print(cart.subtotal(), [(p.name, q) for p, q in cart.lines()])
# expect: 15.06 [('apple', 7), ('cheese', 1), ('milk', 3)]
print(isinstance(cart.discounts[0], Discount), [type(d).__name__ for d in cart.discounts])
# expect: True ['PercentOff', 'BuyXGetY', 'PercentOff', 'BuyXGetY']
