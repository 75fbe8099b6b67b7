class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b

print(MathUtil.add(2, 3))    # expect: 5
print(MathUtil().add(4, 5))  # expect: 9
