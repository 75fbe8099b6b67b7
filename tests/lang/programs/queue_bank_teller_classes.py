class Ticket:
    counter = 0
    def __init__(self, kind):
        Ticket.counter += 1
        self.number = f"{kind[0].upper()}{Ticket.counter:03d}"
        self.kind = kind

class Branch:
    SERVICE = {"deposit": 2, "loan": 7, "account": 4}
    PRIORITY = {"loan": 0, "account": 1, "deposit": 2}

    def __init__(self, tellers):
        self.waiting = []
        self.tellers = {f"T{i}": None for i in range(1, tellers + 1)}
        self.served = []

    def arrive(self, kind, t):
        tk = Ticket(kind)
        self.waiting.append((self.PRIORITY[kind], t, tk))
        self.waiting.sort(key=lambda w: (w[0], w[1]))
        return tk.number

    def tick(self, t):
        events = []
        for name, job in self.tellers.items():
            if job and job[1] <= t:
                events.append(f"{name} done {job[0].number}")
                self.served.append((job[0].number, t))
                self.tellers[name] = None
        for name in self.tellers:
            if self.tellers[name] is None and self.waiting:
                _, arrived, tk = self.waiting.pop(0)
                self.tellers[name] = (tk, t + self.SERVICE[tk.kind])
                events.append(f"{name} takes {tk.number} (waited {t - arrived})")
        return events

branch = Branch(2)
arrivals = {0: ["deposit", "loan"], 1: ["deposit"], 2: ["account", "deposit"], 5: ["loan"], 6: ["deposit"]}
for t in range(16):
    for kind in arrivals.get(t, []):
        branch.arrive(kind, t)
    for e in branch.tick(t):
        print(f"t={t:>2} {e}")
# expect: t= 0 T1 takes L002 (waited 0)
# expect: t= 0 T2 takes D001 (waited 0)
# expect: t= 2 T2 done D001
# expect: t= 2 T2 takes A004 (waited 0)
# expect: t= 6 T2 done A004
# expect: t= 6 T2 takes L006 (waited 1)
# expect: t= 7 T1 done L002
# expect: t= 7 T1 takes D003 (waited 6)
# expect: t= 9 T1 done D003
# expect: t= 9 T1 takes D005 (waited 7)
# expect: t=11 T1 done D005
# expect: t=11 T1 takes D007 (waited 5)
# expect: t=13 T1 done D007
# expect: t=13 T2 done L006
print(branch.served)
# expect: [('D001', 2), ('A004', 6), ('L002', 7), ('D003', 9), ('D005', 11), ('D007', 13), ('L006', 13)]
print("queue left:", [w[2].number for w in branch.waiting])  # expect: queue left: []
