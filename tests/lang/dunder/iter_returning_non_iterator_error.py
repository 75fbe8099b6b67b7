class Bad:
    def __iter__(self):
        return 5

iter(Bad())  # expect runtime error: TypeError: iter() returned non-iterator of type 'int'
