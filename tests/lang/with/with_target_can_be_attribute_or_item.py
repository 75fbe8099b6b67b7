class Give:
    def __enter__(self):
        return "value"

    def __exit__(self, *args):
        pass

class Holder:
    pass

h = Holder()
d = {}
with Give() as h.attr, Give() as d["key"]:
    pass
print(h.attr, d)  # expect: value {'key': 'value'}
