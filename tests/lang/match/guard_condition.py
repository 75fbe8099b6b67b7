def sign(n):
    match n:
        case x if x > 0:
            return "positive"
        case x if x < 0:
            return "negative"
        case _:
            return "zero"

print(sign(5), sign(-2), sign(0))  # expect: positive negative zero
