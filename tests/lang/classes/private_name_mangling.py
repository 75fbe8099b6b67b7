class Secret:
    def __init__(self):
        self.__hidden = 42

    def reveal(self):
        return self.__hidden

s = Secret()
print(s.reveal())                                 # expect: 42
print(hasattr(s, "__hidden"), s._Secret__hidden)  # expect: False 42
