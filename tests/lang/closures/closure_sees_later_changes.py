# A closure captures the variable, not its value at creation time.
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get

print(outer()())  # expect: 2
