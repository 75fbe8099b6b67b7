# In a function its own variables come first, even before a nearer global.
totl = 0


def add(prices):
    total = 0
    for p in prices:
        total += p
    return totall


add([1, 2])  # expect runtime error: NameError: name 'totall' is not defined. Did you mean: 'total'?
