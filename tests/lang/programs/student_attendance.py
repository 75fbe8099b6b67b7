RECORDS = """
2024-09-02 alice P
2024-09-02 bob A
2024-09-02 chen P
2024-09-03 alice P
2024-09-03 bob L
2024-09-03 chen P
2024-09-04 alice A
2024-09-04 bob A
2024-09-04 chen P
2024-09-05 alice P
2024-09-05 bob P
2024-09-05 chen E
"""
WEIGHT = {"P": 1.0, "L": 0.5, "A": 0.0, "E": None}

table = {}
for line in RECORDS.strip().splitlines():
    date, name, mark = line.split()
    table.setdefault(name, {})[date] = mark
dates = sorted({d for marks in table.values() for d in marks})
print("name   " + " ".join(d[-2:] for d in dates) + "   rate")  # expect: name   02 03 04 05   rate
for name in sorted(table):
    marks = [table[name].get(d, "-") for d in dates]
    counted = [WEIGHT[m] for m in marks if m in WEIGHT and WEIGHT[m] is not None]
    rate = sum(counted) / len(counted) if counted else 0
    flag = " !" if rate < 0.75 else ""
    print(f"{name:<6} " + "  ".join(marks) + f"  {rate:6.1%}{flag}")
# expect: alice  P  P  A  P   75.0%
# expect: bob    A  L  A  P   37.5% !
# expect: chen   P  P  P  E  100.0%
by_day = {d: sum(1 for n in table if table[n].get(d) == "P") for d in dates}
print(by_day)  # expect: {'2024-09-02': 2, '2024-09-03': 2, '2024-09-04': 1, '2024-09-05': 2}
streaks = {}
for name in table:
    best = cur = 0
    for d in dates:
        cur = cur + 1 if table[name].get(d) == "P" else 0
        best = max(best, cur)
    streaks[name] = best
print(streaks)  # expect: {'alice': 2, 'bob': 1, 'chen': 3}
