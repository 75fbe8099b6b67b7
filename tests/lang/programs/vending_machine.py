class VendingMachine:
    PRODUCTS = {"A1": ("Cola", 125), "A2": ("Water", 90), "B1": ("Chips", 150), "B2": ("Candy", 65)}
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self, stock):
        self.state = "idle"
        self.credit = 0
        self.stock = dict(stock)
        self.bank = {c: 5 for c in self.COINS}
        self.sales = []

    def insert(self, coin):
        if coin not in self.COINS:
            return f"rejected coin {coin}"
        self.credit += coin
        self.bank[coin] += 1
        self.state = "has_credit"
        return f"credit {self.credit}"

    def make_change(self, amount):
        change = []
        for c in self.COINS:
            while amount >= c and self.bank[c] > 0:
                amount -= c
                self.bank[c] -= 1
                change.append(c)
        if amount:
            for c in change:
                self.bank[c] += 1
            return None
        return change

    def select(self, code):
        match self.state, code:
            case "idle", _:
                return "insert coins first"
            case _, code if code not in self.PRODUCTS:
                return f"unknown product {code}"
            case _, code if self.stock.get(code, 0) == 0:
                return f"{self.PRODUCTS[code][0]} sold out"
            case _:
                name, price = self.PRODUCTS[code]
                if self.credit < price:
                    return f"need {price - self.credit} more"
                change = self.make_change(self.credit - price)
                if change is None:
                    return "cannot make change"
                self.stock[code] -= 1
                self.credit = 0
                self.state = "idle"
                self.sales.append(name)
                return f"vend {name}, change {change}"

    def cancel(self):
        refund = self.make_change(self.credit) or []
        self.credit = 0
        self.state = "idle"
        return f"refund {refund}"

vm = VendingMachine({"A1": 2, "A2": 0, "B1": 1, "B2": 5})
actions = [("select", "A1"), ("insert", 100), ("select", "A1"), ("insert", 3), ("insert", 50),
           ("select", "A1"), ("insert", 200), ("select", "A2"), ("select", "C9"), ("select", "B2"),
           ("insert", 100), ("insert", 100), ("select", "B1"), ("insert", 20), ("cancel", None)]
for action, arg in actions:
    result = getattr(vm, action)(arg) if arg is not None else getattr(vm, action)()
    print(f"{action:>6}({'' if arg is None else arg}) -> {result}")
# expect: select(A1) -> insert coins first
# expect: insert(100) -> credit 100
# expect: select(A1) -> need 25 more
# expect: insert(3) -> rejected coin 3
# expect: insert(50) -> credit 150
# expect: select(A1) -> vend Cola, change [20, 5]
# expect: insert(200) -> credit 200
# expect: select(A2) -> Water sold out
# expect: select(C9) -> unknown product C9
# expect: select(B2) -> vend Candy, change [100, 20, 10, 5]
# expect: insert(100) -> credit 100
# expect: insert(100) -> credit 200
# expect: select(B1) -> vend Chips, change [50]
# expect: insert(20) -> credit 20
# expect: cancel() -> refund [20]
print(vm.sales, vm.stock, sum(c * n for c, n in vm.bank.items()))
# expect: ['Cola', 'Candy', 'Chips'] {'A1': 1, 'A2': 0, 'B1': 0, 'B2': 4} 2265
