# An AttributeError from __getattr__ is given the name and the object too.
class Settings:
    def __init__(self):
        self.debug = False

    def __getattr__(self, name):
        raise AttributeError(f"no setting {name!r}")


print(Settings().debg)  # expect runtime error: AttributeError: no setting 'debg'. Did you mean: 'debug'?
