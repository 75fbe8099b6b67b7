def classic(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out

def one_liner(n):
    return ["Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, n + 1)]

def rules_based(n, rules):
    for i in range(1, n + 1):
        word = "".join(name for div, name in rules if i % div == 0)
        yield word or i

def with_match(i):
    match (i % 3, i % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return i

print(classic(15) == one_liner(15))  # expect: True
print(" ".join(classic(20)))
# expect: 1 2 Fizz 4 Buzz Fizz 7 8 Fizz Buzz 11 Fizz 13 14 FizzBuzz 16 17 Fizz 19 Buzz
print(list(rules_based(21, [(3, "Fizz"), (5, "Buzz"), (7, "Bazz")]))[-7:])
# expect: ['FizzBuzz', 16, 17, 'Fizz', 19, 'Buzz', 'FizzBazz']
print([with_match(i) for i in range(9, 16)])
# expect: ['Fizz', 'Buzz', 11, 'Fizz', 13, 14, 'FizzBuzz']
counts = {}
for w in one_liner(100):
    key = w if not w.isdigit() else "number"
    counts[key] = counts.get(key, 0) + 1
print(counts)  # expect: {'number': 53, 'Fizz': 27, 'Buzz': 14, 'FizzBuzz': 6}
print(sum(i for i in range(1, 1000) if i % 3 == 0 or i % 5 == 0))  # expect: 233168
