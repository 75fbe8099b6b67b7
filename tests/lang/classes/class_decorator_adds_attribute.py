def tagged(cls):
    cls.tag = "tagged-" + cls.__name__
    return cls

@tagged
class Thing:
    pass

print(Thing.tag, Thing().tag)  # expect: tagged-Thing tagged-Thing
