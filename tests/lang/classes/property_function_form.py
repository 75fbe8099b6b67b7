class Account:
    def __init__(self):
        self._b = 10

    def get_balance(self):
        return self._b

    def set_balance(self, v):
        self._b = v

    balance = property(get_balance, set_balance)

a = Account()
a.balance = 99
print(a.balance)  # expect: 99
