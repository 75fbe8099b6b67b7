class A:
    def compute(self):
        pass

print(A.compute.__name__)    # expect: compute
print(A().compute.__name__)  # expect: compute
