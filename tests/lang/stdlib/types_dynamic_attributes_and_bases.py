# types: DynamicClassAttribute on instances and classes, its getter/setter, and
# resolve_bases with __mro_entries__.
import types


class Box:
    def __init__(self):
        self._v = 1

    @types.DynamicClassAttribute
    def value(self):
        "the value"
        return self._v

    @value.setter
    def value(self, v):
        self._v = v

    def __getattr__(self, name):
        return "class-level " + name


b = Box()
print(b.value, Box.__dict__["value"].__doc__)
b.value = 5
print(b.value)
try:
    Box.__dict__["value"].__get__(None, Box)
except AttributeError as e:
    print("AttributeError", repr(str(e)))


class Alias:
    def __mro_entries__(self, bases):
        return (dict,)


print(types.resolve_bases((Alias(), int)), types.resolve_bases(()) == ())
Made = types.new_class("Made", (Alias(),))
print(Made.__orig_bases__[0].__class__.__name__, issubclass(Made, dict))
print(repr(types.SimpleNamespace(a=types.SimpleNamespace(b=[1]))))
print(types.MappingProxyType({"k": 1}).keys(), str(types.MappingProxyType({})))
try:
    types.MappingProxyType({}).x = 1
except AttributeError as e:
    print(e)
# expect: 1 the value
# expect: 5
# expect: AttributeError ''
# expect: (<class 'dict'>, <class 'int'>) True
# expect: Alias True
# expect: namespace(a=namespace(b=[1]))
# expect: dict_keys(['k']) {}
# expect: 'mappingproxy' object has no attribute 'x'
