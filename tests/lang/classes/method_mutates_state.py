class Account:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        self.balance -= amount
        return self.balance

acc = Account(100)
print(acc.deposit(50))   # expect: 150
print(acc.withdraw(30))  # expect: 120
print(acc.balance)       # expect: 120
