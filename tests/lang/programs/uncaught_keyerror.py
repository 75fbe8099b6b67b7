prices = {"apple": 1.25, "bread": 2.5, "milk": 0.99}
cart = ["apple", "milk", "apple", "bread"]
total = 0
for item in cart:
    total += prices[item]
print(f"total: {total:.2f}")  # expect: total: 5.99
cart.append("caviar")
for item in cart:
    total += prices[item]  # expect runtime error: KeyError: 'caviar'
print("unreachable")
