def power(base, exp=2):
    return base ** exp

def label(text, left="[", right="]"):
    return left + text + right

print(power(3), power(3, 3))
print(label("x"), label("x", "<"), label("x", "(", ")"))
# expect: 9 27
# expect: [x] <x] (x)
