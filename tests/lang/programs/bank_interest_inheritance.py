class Account:
    fee = 0.0
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.statement = []

    def _log(self, kind, amount):
        self.statement.append(f"{kind:<9}{amount:>10.2f}{self.balance:>12.2f}")

    def deposit(self, amount):
        self.balance += amount
        self._log("deposit", amount)

    def withdraw(self, amount):
        total = amount + self.fee
        if total > self.balance + self.overdraft():
            self._log("DECLINED", amount)
            return False
        self.balance -= total
        self._log("withdraw", -total)
        return True

    def overdraft(self):
        return 0.0

    def month_end(self):
        pass

class Checking(Account):
    fee = 0.5
    def overdraft(self):
        return 100.0
    def month_end(self):
        if self.balance < 0:
            charge = 15.0
            self.balance -= charge
            self._log("od fee", -charge)

class Savings(Account):
    rate = 0.03
    withdrawals_allowed = 3
    def __init__(self, owner, balance=0.0):
        super().__init__(owner, balance)
        self.withdrawals = 0
    def withdraw(self, amount):
        if self.withdrawals >= self.withdrawals_allowed:
            self._log("LIMIT", amount)
            return False
        ok = super().withdraw(amount)
        self.withdrawals += ok
        return ok
    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.balance += interest
        self._log("interest", interest)
        self.withdrawals = 0

accounts = [Checking("kai", 50), Savings("mia", 1000)]
script = [(0, "withdraw", 120), (0, "deposit", 10), (0, "withdraw", 60), (1, "withdraw", 100),
          (1, "withdraw", 50), (1, "withdraw", 25), (1, "withdraw", 5), (1, "deposit", 300)]
for idx, op, amt in script:
    getattr(accounts[idx], op)(amt)
for a in accounts:
    a.month_end()
    print(f"== {type(a).__name__} {a.owner}: {a.balance:.2f}")
    for line in a.statement:
        print("  " + line)
# expect: == Checking kai: -75.50
# expect:   withdraw    -120.50      -70.50
# expect:   deposit       10.00      -60.50
# expect:   DECLINED      60.00      -60.50
# expect:   od fee       -15.00      -75.50
# expect: == Savings mia: 1127.81
# expect:   withdraw    -100.00      900.00
# expect:   withdraw     -50.00      850.00
# expect:   withdraw     -25.00      825.00
# expect:   LIMIT          5.00      825.00
# expect:   deposit      300.00     1125.00
# expect:   interest       2.81     1127.81
print([type(a).__mro__[1].__name__ for a in accounts], Savings.fee, Checking.rate if hasattr(Checking, "rate") else None)
# expect: ['Account', 'Account'] 0.0 None
