class Bad:
    def __bool__(self):
        return 1

print("check")  # expect: check
bool(Bad())     # expect runtime error: TypeError: __bool__ should return bool, returned int
