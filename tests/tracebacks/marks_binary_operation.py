# The operator that failed gets ^, its operands ~.
def average(values):
    return sum(values) / len(values)

count = 3
label = "items: " + count
