class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    interest_rate = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.log = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.log.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.log.append(("withdraw", amount))
        return self

    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest_rate), 2)

    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, {self._balance:.2f})"

class SavingsAccount(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([k for k, _ in self.log if k == "withdraw"]) >= 2:
            raise RuntimeError("withdrawal limit reached")
        return super().withdraw(amount)

a = Account("alice", 100)
s = SavingsAccount("bob", 1000)
a.deposit(50).withdraw(30)
print(a, a.balance)  # expect: Account(#1, 'alice', 120.00) 120
try:
    a.withdraw(500)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.available)  # expect: error: need 500, have 120 500 120
try:
    a.deposit(-5)
except ValueError as e:
    print("error:", e)  # expect: error: deposit must be positive
for amt in (100, 200, 300):
    try:
        s.withdraw(amt)
    except (RuntimeError, InsufficientFunds) as e:
        print(type(e).__name__, e)  # expect: RuntimeError withdrawal limit reached
s.add_interest(); a.add_interest()
print(s, a)   # expect: Account(#2, 'bob', 735.00) Account(#1, 'alice', 122.40)
print(s.log)  # expect: [('withdraw', 100), ('withdraw', 200)]
print(isinstance(s, Account), issubclass(SavingsAccount, Account), type(s).__name__)
# expect: True True SavingsAccount
print(Account._next_id, SavingsAccount.interest_rate, a.interest_rate)  # expect: 3 0.05 0.02
try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError")  # expect: AttributeError
