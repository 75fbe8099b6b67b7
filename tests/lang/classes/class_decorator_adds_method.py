def with_hello(cls):
    def hello(self):
        return "hello from " + type(self).__name__
    cls.hello = hello
    return cls

@with_hello
class Robot:
    pass

print(Robot().hello())  # expect: hello from Robot
