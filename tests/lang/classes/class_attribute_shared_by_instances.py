class Dog:
    kind = "canine"

    def __init__(self, name):
        self.name = name

a = Dog("rex")
b = Dog("fido")
print(a.kind, b.kind, Dog.kind)  # expect: canine canine canine
Dog.kind = "wolf"
print(a.kind, b.kind)  # expect: wolf wolf
