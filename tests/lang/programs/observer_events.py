class EventBus:
    def __init__(self):
        self._subs = {}

    def subscribe(self, event, handler, priority=0):
        self._subs.setdefault(event, []).append((priority, len(self._subs.get(event, [])), handler))
        self._subs[event].sort(key=lambda t: (-t[0], t[1]))
        return lambda: self.unsubscribe(event, handler)

    def unsubscribe(self, event, handler):
        before = len(self._subs.get(event, []))
        self._subs[event] = [t for t in self._subs.get(event, []) if t[2] is not handler]
        return before - len(self._subs[event])

    def emit(self, event, *args, **kwargs):
        results = []
        for _, _, handler in list(self._subs.get(event, [])):
            try:
                results.append(handler(*args, **kwargs))
            except Exception as exc:
                results.append(f"{handler.__name__} failed: {exc!r}")
        return results

class Store:
    def __init__(self, bus):
        self.bus = bus
        self.items = {}

    def set(self, key, value):
        old = self.items.get(key)
        self.items[key] = value
        self.bus.emit("changed", key, old=old, new=value)

log = []
def logger(key, old, new):
    log.append(f"{key}: {old!r} -> {new!r}")
    return "logged"

def validator(key, old, new):
    if not isinstance(new, int):
        raise TypeError(f"{key} must be int")
    return "valid"

def alarm(key, old, new):
    return "ALARM" if new and old and new > 2 * old else None

bus = EventBus()
unsub_log = bus.subscribe("changed", logger)
bus.subscribe("changed", validator, priority=10)
bus.subscribe("changed", alarm, priority=5)
store = Store(bus)
store.set("temp", 20)
store.set("temp", 50)
print(bus.emit("changed", "manual", old=1, new="x"))
# expect: ["validator failed: TypeError('manual must be int')", 'alarm failed: TypeError("\'>\' not supported between instances of \'str\' and \'int\'")', 'logged']
print(bus.emit("unknown"))       # expect: []
print(unsub_log(), unsub_log())  # expect: 1 0
store.set("temp", 51)
print(log)  # expect: ['temp: None -> 20', 'temp: 20 -> 50', "manual: 1 -> 'x'"]
print([h.__name__ for _, _, h in bus._subs["changed"]])  # expect: ['validator', 'alarm']
