# CPython 3.12, not 3.11: tests/diff/did_you_mean_3_12.md
def mean(values):
    return sum(values) / len(values)

maths = mean
print(math.floor(2.5))
