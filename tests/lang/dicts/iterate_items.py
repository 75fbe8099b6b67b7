prices = {"apple": 1.25, "bread": 2.5, "milk": 0.99}
for name, price in prices.items():
    print(f"{name:<6}{price:>6.2f}")
# expect: apple   1.25
# expect: bread   2.50
# expect: milk    0.99
for key in prices:
    print(key, end=";")
print()
# expect: apple;bread;milk;
