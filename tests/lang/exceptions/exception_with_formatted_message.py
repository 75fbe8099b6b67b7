def withdraw(balance, amount):
    if amount > balance:
        raise ValueError(f"cannot withdraw {amount}, balance is {balance}")
    return balance - amount

try:
    withdraw(50, 80)
except ValueError as e:
    print(e)  # expect: cannot withdraw 80, balance is 50
