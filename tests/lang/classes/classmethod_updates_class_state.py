class Registry:
    items = []

    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)

print(Registry.register("a"))
print(Registry.register("b"))
print(Registry.items)
# expect: 1
# expect: 2
# expect: ['a', 'b']
