class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = float(value)

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._c + 273.15

    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t

    def __repr__(self):
        return f"Temperature({self._c:.2f}°C / {self.fahrenheit:.2f}°F / {self.kelvin:.2f}K)"

    def __lt__(self, other):
        return self._c < other._c

t = Temperature(25)
print(t)  # expect: Temperature(25.00°C / 77.00°F / 298.15K)
t.fahrenheit = 212
print(t, t.celsius)                      # expect: Temperature(100.00°C / 212.00°F / 373.15K) 100.0
print(Temperature.from_fahrenheit(-40))  # expect: Temperature(-40.00°C / -40.00°F / 233.15K)
for bad in (-300, -273.16):
    try:
        Temperature(bad)
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: -300 is below absolute zero
# expect: ValueError: -273.16 is below absolute zero
temps = [Temperature(c) for c in (30, -5, 12.5, 0)]
print(sorted(temps)[0], max(temps))
# expect: Temperature(-5.00°C / 23.00°F / 268.15K) Temperature(30.00°C / 86.00°F / 303.15K)
print([round(x.kelvin, 2) for x in temps])  # expect: [303.15, 268.15, 285.65, 273.15]
try:
    t.kelvin = 5
except AttributeError:
    print("kelvin is read-only")  # expect: kelvin is read-only
