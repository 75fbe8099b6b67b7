# collections.ChainMap: lookups through a list of mappings, writes to the first.
from collections import ChainMap

defaults = {"color": "red", "user": "guest"}
overrides = {"user": "admin"}
cm = ChainMap(overrides, defaults)
print(cm, cm["user"], cm["color"], len(cm), sorted(cm), "color" in cm, "x" in cm)
# expect: ChainMap({'user': 'admin'}, {'color': 'red', 'user': 'guest'}) admin red 2 ['color', 'user'] True False
print(cm.get("x"), cm.get("x", 0), sorted(cm.items()), sorted(cm.values()))
# expect: None 0 [('color', 'red'), ('user', 'admin')] ['admin', 'red']
cm["color"] = "blue"
print(overrides, defaults, cm["color"])
# expect: {'user': 'admin', 'color': 'blue'} {'color': 'red', 'user': 'guest'} blue
child = cm.new_child()
child["user"] = "root"
print(child, child.parents, child["user"], cm["user"])
# expect: ChainMap({'user': 'root'}, {'user': 'admin', 'color': 'blue'}, {'color': 'red', 'user': 'guest'}) ChainMap({'user': 'admin', 'color': 'blue'}, {'color': 'red', 'user': 'guest'}) root admin
print(ChainMap(), ChainMap({"a": 1}).new_child({"b": 2}), bool(ChainMap({})), bool(cm))
# expect: ChainMap({}) ChainMap({'b': 2}, {'a': 1}) False True
try:
    cm["missing"]
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'missing'
try:
    del cm["nope"]
except KeyError as e:
    print("KeyError", e)  # expect: KeyError "Key not found in the first mapping: 'nope'"
del cm["color"]
print(cm, dict(cm) == {"user": "admin", "color": "red"}, list(ChainMap({"b": 1}, {"a": 2, "b": 3})))
# expect: ChainMap({'user': 'admin'}, {'color': 'red', 'user': 'guest'}) True ['a', 'b']
