def outer():
    message = "captured"
    def inner():
        return message
    return inner

f = outer()
print(f())  # expect: captured
