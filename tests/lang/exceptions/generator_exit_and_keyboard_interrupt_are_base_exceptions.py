print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
# expect: False True
print(issubclass(SystemExit, Exception), issubclass(GeneratorExit, BaseException))
# expect: False True
print(issubclass(StopIteration, Exception))  # expect: True
