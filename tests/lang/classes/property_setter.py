class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("setting", value)
        self._c = value

t = Temp()
t.celsius = 25    # expect: setting 25
print(t.celsius)  # expect: 25
