class A:
    def name(self):
        return "A"

class B:
    def name(self):
        return "B"

factories = {"a": A, "b": B}
for key in ["b", "a", "b"]:
    print(factories[key]().name())
# expect: B
# expect: A
# expect: B
