def traffic_light(durations):
    order = ["green", "yellow", "red"]
    t = 0
    while True:
        for color in order:
            for remaining in range(durations[color], 0, -1):
                cmd = yield t, color, remaining
                t += 1
                if cmd == "emergency":
                    yield t, "red", 0
                    break

def intersection(ticks):
    ns = traffic_light({"green": 4, "yellow": 1, "red": 5})
    ew = traffic_light({"green": 4, "yellow": 1, "red": 5})
    next(ns)
    for _ in range(5):
        next(ew)
    log = []
    for _ in range(ticks):
        t1, c1, r1 = next(ns)
        t2, c2, r2 = next(ew)
        log.append((t1, c1, c2))
    return log

log = intersection(12)
for t, a, b in log:
    safe = not (a == "green" and b == "green")
    print(f"t={t:>2} NS={a:<6} EW={b:<6} {'ok' if safe else 'CONFLICT'}")
# expect: t= 1 NS=green  EW=red    ok
# expect: t= 2 NS=green  EW=red    ok
# expect: t= 3 NS=green  EW=red    ok
# expect: t= 4 NS=yellow EW=red    ok
# expect: t= 5 NS=red    EW=red    ok
# expect: t= 6 NS=red    EW=green  ok
# expect: t= 7 NS=red    EW=green  ok
# expect: t= 8 NS=red    EW=green  ok
# expect: t= 9 NS=red    EW=green  ok
# expect: t=10 NS=green  EW=yellow ok
# expect: t=11 NS=green  EW=red    ok
# expect: t=12 NS=green  EW=red    ok
light = traffic_light({"green": 3, "yellow": 1, "red": 2})
states = [next(light) for _ in range(4)]
print(states)  # expect: [(0, 'green', 3), (1, 'green', 2), (2, 'green', 1), (3, 'yellow', 1)]
print(light.send("emergency"), next(light))  # expect: (4, 'red', 0) (4, 'red', 2)
print([next(light)[1] for _ in range(6)])
# expect: ['red', 'green', 'green', 'green', 'yellow', 'red']
