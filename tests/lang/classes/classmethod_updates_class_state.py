class Registry:
    items = []

    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)

print(Registry.register("a"))  # expect: 1
print(Registry.register("b"))  # expect: 2
print(Registry.items)          # expect: ['a', 'b']
