class Frozen:
    @property
    def value(self):
        return 42

f = Frozen()
print(f.value)  # expect: 42
try:
    f.value = 1
except AttributeError:
    print("cannot set")  # expect: cannot set
