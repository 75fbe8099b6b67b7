LOG = """2024-03-01 10:00:01 INFO  server started port=8080
2024-03-01 10:00:05 DEBUG config loaded keys=12
2024-03-01 10:01:10 WARN  slow request path=/api/users ms=1200
2024-03-01 10:02:00 ERROR db timeout path=/api/orders ms=5000
2024-03-01 10:02:30 INFO  request path=/api/users ms=45
2024-03-01 10:03:00 ERROR db timeout path=/api/orders ms=5000
2024-03-01 10:04:12 INFO  request path=/health ms=2
malformed line here
2024-03-01 10:05:00 WARN  slow request path=/api/orders ms=900"""

def lines(text):
    yield from text.splitlines()

def parse(lines):
    for n, line in enumerate(lines, 1):
        parts = line.split(maxsplit=3)
        if len(parts) < 4 or parts[2] not in ("INFO", "DEBUG", "WARN", "ERROR"):
            print(f"  skip line {n}: {line!r}")
            continue
        date, time, level, rest = parts
        fields = dict(kv.split("=", 1) for kv in rest.split() if "=" in kv)
        message = " ".join(w for w in rest.split() if "=" not in w)
        yield {"time": time, "level": level, "msg": message, **fields}

def where(records, **conds):
    for r in records:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r

def with_ms(records):
    for r in records:
        if "ms" in r:
            r = dict(r, ms=int(r["ms"]))
        yield r

records = list(with_ms(parse(lines(LOG))))  # expect:   skip line 8: 'malformed line here'
print(len(records))                         # expect: 8
for r in where(records, level="ERROR"):
    print(r["time"], r["msg"], r["path"], r["ms"])
# expect: 10:02:00 db timeout /api/orders 5000
# expect: 10:03:00 db timeout /api/orders 5000
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(levels)  # expect: {'INFO': 3, 'DEBUG': 1, 'WARN': 2, 'ERROR': 2}
timed = [r for r in records if "ms" in r]
by_path = {}
for r in timed:
    by_path.setdefault(r["path"], []).append(r["ms"])
for path, ms in sorted(by_path.items(), key=lambda kv: -max(kv[1])):
    print(f"{path:<12} n={len(ms)} max={max(ms):>5} avg={sum(ms) / len(ms):>8.1f}")
# expect: /api/orders  n=3 max= 5000 avg=  3633.3
# expect: /api/users   n=2 max= 1200 avg=   622.5
# expect: /health      n=1 max=    2 avg=     2.0
print(next(where(records, path="/health"))["ms"], next(where(records, path="/nope"), "none"))
# expect: 2 none
