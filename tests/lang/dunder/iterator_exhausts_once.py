class Once:
    def __init__(self):
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return "item"

it = Once()
print(list(it), list(it))  # expect: ['item'] []
