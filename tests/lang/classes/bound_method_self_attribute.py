class K:
    def m(self):
        return 1

k = K()
print(k.m.__self__ is k)  # expect: True
print(k.m.__name__)       # expect: m
