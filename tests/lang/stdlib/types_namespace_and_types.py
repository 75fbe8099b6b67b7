# types: SimpleNamespace, MappingProxyType, new_class, and the types of the VM's objects.
import types
from types import MappingProxyType, SimpleNamespace

ns = SimpleNamespace(x=1, y="two")
ns.z = [3]
print(ns, ns.x, ns == SimpleNamespace(x=1, y="two", z=[3]), ns != SimpleNamespace())
# expect: namespace(x=1, y='two', z=[3]) 1 True True
del ns.y
print(ns, vars(ns), SimpleNamespace())
# expect: namespace(x=1, z=[3]) {'x': 1, 'z': [3]} namespace()
ns.self = ns
print(ns)  # expect: namespace(x=1, z=[3], self=namespace(...))
try:
    SimpleNamespace(1)
except TypeError as e:
    print(e)  # expect: no positional arguments expected


class Point(SimpleNamespace):
    pass


print(Point(x=1, y=2), isinstance(Point(), SimpleNamespace))  # expect: Point(x=1, y=2) True

settings = {"debug": True, "level": 3}
view = MappingProxyType(settings)
print(view, view["level"], len(view), "debug" in view, list(view), view.get("missing", 0))
# expect: {'debug': True, 'level': 3} 3 2 True ['debug', 'level'] 0
settings["level"] = 4
print(view["level"], sorted(view.items()), view.copy() == settings, view | {"new": 1})
# expect: 4 [('debug', True), ('level', 4)] True {'debug': True, 'level': 4, 'new': 1}
try:
    view["level"] = 5
except TypeError as e:
    print(e)  # expect: 'mappingproxy' object does not support item assignment
try:
    MappingProxyType([1, 2])
except TypeError as e:
    print(e)  # expect: mappingproxy() argument must be a mapping, not list


def f():
    pass


def gen():
    yield 1


class C:
    def method(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(gen(), types.GeneratorType))
# expect: True True True
print(isinstance(C().method, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
# expect: True True True
print(isinstance(None, types.NoneType), isinstance(..., types.EllipsisType), isinstance(NotImplemented, types.NotImplementedType))
# expect: True True True
print(isinstance(f, types.CodeType), isinstance(gen(), types.CoroutineType))  # expect: False False

Dyn = types.new_class("Dyn", (C,), exec_body=lambda ns: ns.update({"answer": 42}))
print(Dyn.__name__, Dyn().answer, issubclass(Dyn, C), types.resolve_bases((C, int)) == (C, int))
# expect: Dyn 42 True True
print(types.prepare_class("X", (C,))[0] is type)  # expect: True
