class Upper:
    def __init__(self, name):
        self.name = name

    def __setattr__(self, key, value):
        super().__setattr__(key, value.upper())

print(Upper("ann").name)  # expect: ANN
