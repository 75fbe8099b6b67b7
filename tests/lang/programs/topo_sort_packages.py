class CycleError(Exception):
    def __init__(self, cycle):
        super().__init__("dependency cycle: " + " -> ".join(cycle))
        self.cycle = cycle

def install_order(deps):
    order, state = [], {}
    def visit(pkg, stack):
        if state.get(pkg) == "done":
            return
        if state.get(pkg) == "active":
            raise CycleError(stack[stack.index(pkg):] + [pkg])
        state[pkg] = "active"
        for d in sorted(deps.get(pkg, [])):
            visit(d, stack + [pkg])
        state[pkg] = "done"
        order.append(pkg)
    for pkg in sorted(deps):
        visit(pkg, [])
    return order

def levels(deps):
    depth = {}
    def d(p):
        if p not in depth:
            depth[p] = 1 + max((d(x) for x in deps.get(p, [])), default=-1)
        return depth[p]
    for p in deps:
        d(p)
    out = {}
    for p, lv in depth.items():
        out.setdefault(lv, []).append(p)
    return {k: sorted(v) for k, v in sorted(out.items())}

deps = {
    "app": ["web", "db", "log"],
    "web": ["http", "template", "log"],
    "db": ["driver", "log"],
    "http": ["socket"],
    "template": ["escape"],
    "driver": ["socket"],
    "log": [],
}
print(install_order(deps))
# expect: ['socket', 'driver', 'log', 'db', 'http', 'escape', 'template', 'web', 'app']
print(levels(deps))
# expect: {0: ['escape', 'log', 'socket'], 1: ['driver', 'http', 'template'], 2: ['db', 'web'], 3: ['app']}
deps["socket"] = ["app"]
try:
    install_order(deps)
except CycleError as e:
    print(e)             # expect: dependency cycle: app -> db -> driver -> socket -> app
    print(len(e.cycle))  # expect: 5
print(install_order({"a": ["b"], "b": ["c"], "c": []}), install_order({}))
# expect: ['c', 'b', 'a'] []
