def power(base, exp=2):
    return base ** exp

def label(text, left="[", right="]"):
    return left + text + right

print(power(3), power(3, 3))                              # expect: 9 27
print(label("x"), label("x", "<"), label("x", "(", ")"))  # expect: [x] <x] (x)
