# In a function, its own variables come first.
def total(prices):
    sum_so_far = 0
    for p in prices:
        sum_so_far += p
    return sum_so_fr

total([1, 2])
