print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(SystemExit, Exception), issubclass(GeneratorExit, BaseException))
print(issubclass(StopIteration, Exception))
# expect: False True
# expect: False True
# expect: True
