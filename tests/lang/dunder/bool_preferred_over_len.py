class Both:
    def __bool__(self):
        print("bool")
        return True

    def __len__(self):
        print("len")
        return 0

print(bool(Both()))
# expect: bool
# expect: True
