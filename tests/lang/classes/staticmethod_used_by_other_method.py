class Temperature:
    def __init__(self, c):
        self.c = c

    @staticmethod
    def c_to_f(c):
        return c * 9 // 5 + 32

    def fahrenheit(self):
        return self.c_to_f(self.c)

print(Temperature(100).fahrenheit(), Temperature.c_to_f(0))  # expect: 212 32
