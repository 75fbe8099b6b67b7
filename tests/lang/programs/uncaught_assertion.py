def mean(xs):
    assert xs, "mean of empty list"
    return sum(xs) / len(xs)

def normalize(xs):
    m = mean(xs)
    out = [x - m for x in xs]
    assert abs(sum(out)) < 1e-9
    return out

print(normalize([1, 2, 3, 4]))  # expect: [-1.5, -0.5, 0.5, 1.5]
print(mean([10]))               # expect: 10.0
print(normalize([]))            # expect runtime error: AssertionError: mean of empty list
