# An error in an except block shows both tracebacks.
def read_age(text):
    try:
        return int(text)
    except ValueError:
        print("not a number: " + text)
        return undefined_default

read_age("ten")
