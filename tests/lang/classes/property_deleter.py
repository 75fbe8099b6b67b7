class Resource:
    def __init__(self):
        self._name = "res"

    @property
    def name(self):
        return self._name

    @name.deleter
    def name(self):
        print("deleting")
        self._name = None

r = Resource()
print(r.name)  # expect: res
del r.name     # expect: deleting
print(r.name)  # expect: None
