class A:
    def __lt__(self, other):
        return NotImplemented

class B:
    pass

A() < B()  # expect runtime error: TypeError: '<' not supported between instances of 'A' and 'B'
