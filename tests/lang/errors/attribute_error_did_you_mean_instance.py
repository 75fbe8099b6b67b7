class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, amount):
        self.balance = self.balanse + amount


Account().deposit(5)  # expect runtime error: AttributeError: 'Account' object has no attribute 'balanse'. Did you mean: 'balance'?
