def logged(method):
    def wrapper(self, *args):
        print("calling", method.__name__, args)
        return method(self, *args)
    return wrapper

class Calc:
    @logged
    def add(self, a, b):
        return a + b

print(Calc().add(2, 3))
# expect: calling add (2, 3)
# expect: 5
