# Exceptions: try/except/else/finally, raise and custom exception classes.
class InsufficientFunds(Exception):
    pass


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"need {amount - balance} more")
    return balance - amount


for amount in [30, 150]:
    try:
        left = withdraw(100, amount)
    except InsufficientFunds as e:
        print("refused:", e)
    else:
        print("ok, left:", left)
    finally:
        print("done with", amount)

try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("caught:", type(e).__name__, e)

try:
    [1, 2, 3][10]
except (KeyError, IndexError) as e:
    print("caught:", e)
