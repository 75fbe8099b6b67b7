class OnlyEnter:
    def __enter__(self):
        return self

with OnlyEnter():
    pass
# expect runtime error: TypeError: 'OnlyEnter' object does not support the context manager protocol (missed __exit__ method)
