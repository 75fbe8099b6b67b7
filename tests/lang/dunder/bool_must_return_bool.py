class Bad:
    def __bool__(self):
        return 1

print("check")
bool(Bad())
# expect: check
# expect runtime error: TypeError: __bool__ should return bool, returned int
