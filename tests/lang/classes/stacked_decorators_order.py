def tag(name):
    def decorate(func):
        def wrapper():
            return "<" + name + ">" + func() + "</" + name + ">"
        return wrapper
    return decorate

@tag("b")
@tag("i")
def text():
    return "hi"

print(text())  # expect: <b><i>hi</i></b>
