class Holder:
    pass

def shout(text):
    return text.upper()

h = Holder()
h.action = shout
print(h.action("hi"))  # expect: HI
