def read_lines(text):
    for line in text.strip().splitlines():
        yield line

def parse(lines):
    for line in lines:
        if not line or line.startswith("#"):
            continue
        name, dept, salary = line.split(",")
        yield {"name": name.strip(), "dept": dept.strip(), "salary": int(salary)}

def high_earners(rows, threshold):
    return (r for r in rows if r["salary"] >= threshold)

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def countdown(n):
    while n > 0:
        received = yield n
        if received is not None:
            n = received
        else:
            n -= 1
    return "liftoff"

def chain(*iters):
    for it in iters:
        yield from it

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

DATA = """
# name, dept, salary
Ann, eng, 120000
Bob, ops, 65000

Cid, eng, 98000
Dee, sales, 70000
Eve, eng, 150000
"""
rows = list(parse(read_lines(DATA)))
print(len(rows), rows[0])  # expect: 5 {'name': 'Ann', 'dept': 'eng', 'salary': 120000}
for r in high_earners(rows, 90000):
    print(f"{r['name']:<5}{r['dept']:>6}{r['salary']:>10,}")
# expect: Ann     eng   120,000
# expect: Cid     eng    98,000
# expect: Eve     eng   150,000
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r["salary"])
print({d: sum(s) // len(s) for d, s in by_dept.items()})
# expect: {'eng': 122666, 'ops': 65000, 'sales': 70000}
print(list(take(10, fib())))                          # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
print(sum(x for x in take(50, fib()) if x % 2 == 0))  # expect: 6293134512
g = countdown(5)
print(next(g), next(g), g.send(10), next(g))  # expect: 5 4 10 9
print(list(g))                                # expect: [8, 7, 6, 5, 4, 3, 2, 1]
def wrapper():
    result = yield from countdown(2)
    yield "got " + result
print(list(wrapper()))  # expect: [2, 1, 'got liftoff']
print(list(chain("ab", [1, 2], range(3), (x * x for x in range(3)))))
# expect: ['a', 'b', 1, 2, 0, 1, 2, 0, 1, 4]
gen = (c.upper() for c in "hello")
print(next(gen), "".join(gen), list(gen))  # expect: H ELLO []
squares = map(lambda x: x * x, filter(lambda x: x % 3 == 0, range(20)))
print(list(squares), list(squares))  # expect: [0, 9, 36, 81, 144, 225, 324] []
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))  # expect: 1 2 3 done
try:
    next(it)
except StopIteration:
    print("StopIteration raised")  # expect: StopIteration raised
