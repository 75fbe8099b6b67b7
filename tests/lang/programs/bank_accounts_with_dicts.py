accounts = {}

def open_account(name, amount=0):
    accounts[name] = {"balance": amount, "history": []}

def transfer(src, dst, amount):
    if accounts[src]["balance"] < amount:
        return False
    accounts[src]["balance"] -= amount
    accounts[dst]["balance"] += amount
    accounts[src]["history"].append(-amount)
    accounts[dst]["history"].append(amount)
    return True

open_account("ann", 100)
open_account("bob")
print(transfer("ann", "bob", 30), transfer("bob", "ann", 50), transfer("bob", "ann", 5))
# expect: True False True
for name, info in accounts.items():
    print(name, info["balance"], info["history"])
# expect: ann 75 [-30, 5]
# expect: bob 25 [30, -5]
print(sum(a["balance"] for a in accounts.values()))  # expect: 100
