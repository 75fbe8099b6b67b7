class Frozen:
    @property
    def value(self):
        return 42

f = Frozen()
print(f.value)
try:
    f.value = 1
except AttributeError:
    print("cannot set")
# expect: 42
# expect: cannot set
