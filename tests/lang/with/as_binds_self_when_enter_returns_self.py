class Conn:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass

c = Conn("db")
with c as bound:
    print(bound is c, bound.name)  # expect: True db
