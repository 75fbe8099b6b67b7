class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError("negative balance")
        self.balance = balance

for b in [10, -5]:
    try:
        a = Account(b)
        print("created", a.balance)  # expect: created 10
    except ValueError as e:
        print("failed:", e)  # expect: failed: negative balance
