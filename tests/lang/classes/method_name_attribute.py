class A:
    def compute(self):
        pass

print(A.compute.__name__)
print(A().compute.__name__)
# expect: compute
# expect: compute
