class Employee:
    def __init__(self, name, title, salary, manager=None):
        self.name, self.title, self.salary = name, title, salary
        self.manager = manager
        self.reports = []
        if manager:
            manager.reports.append(self)

    def chain_of_command(self):
        chain, m = [], self.manager
        while m:
            chain.append(m.name)
            m = m.manager
        return chain

    def team_size(self):
        return sum(1 + r.team_size() for r in self.reports)

    def team_cost(self):
        return self.salary + sum(r.team_cost() for r in self.reports)

    def __iter__(self):
        yield self
        for r in self.reports:
            yield from r

    def __repr__(self):
        return f"<{self.name}: {self.title}>"

ceo = Employee("Grace", "CEO", 300_000)
cto = Employee("Linus", "CTO", 250_000, ceo)
cfo = Employee("Ada", "CFO", 240_000, ceo)
e1 = Employee("Ken", "Engineer", 150_000, cto)
e2 = Employee("Dennis", "Engineer", 155_000, cto)
lead = Employee("Barbara", "Lead", 180_000, cto)
jr = Employee("Tim", "Junior", 90_000, lead)
acc = Employee("Luca", "Accountant", 110_000, cfo)

def org_chart(e, depth=0):
    print("    " * depth + f"{e.name} ({e.title}) ${e.salary:,}")
    for r in sorted(e.reports, key=lambda r: r.name):
        org_chart(r, depth + 1)

org_chart(ceo)
# expect: Grace (CEO) $300,000
# expect:     Ada (CFO) $240,000
# expect:         Luca (Accountant) $110,000
# expect:     Linus (CTO) $250,000
# expect:         Barbara (Lead) $180,000
# expect:             Tim (Junior) $90,000
# expect:         Dennis (Engineer) $155,000
# expect:         Ken (Engineer) $150,000
print(jr.chain_of_command(), ceo.chain_of_command())     # expect: ['Barbara', 'Linus', 'Grace'] []
print(ceo.team_size(), cto.team_size(), jr.team_size())  # expect: 7 4 0
print(f"{ceo.team_cost():,} {cto.team_cost():,}")        # expect: 1,475,000 825,000
print([e.name for e in ceo if e.salary > 150_000])
# expect: ['Grace', 'Linus', 'Dennis', 'Barbara', 'Ada']
print(max(ceo, key=lambda e: e.team_size()), min(cto, key=lambda e: e.salary))
# expect: <Grace: CEO> <Tim: Junior>
by_title = {}
for e in ceo:
    by_title.setdefault(e.title, []).append(e.name)
print(by_title)
# expect: {'CEO': ['Grace'], 'CTO': ['Linus'], 'Engineer': ['Ken', 'Dennis'], 'Lead': ['Barbara'], 'Junior': ['Tim'], 'CFO': ['Ada'], 'Accountant': ['Luca']}
def raise_team(e, pct):
    for member in e:
        member.salary = round(member.salary * (1 + pct / 100))
raise_team(lead, 10)
print(lead.salary, jr.salary, f"{ceo.team_cost():,}")  # expect: 198000 99000 1,502,000
avg = ceo.team_cost() / (ceo.team_size() + 1)
print(f"average salary {avg:,.2f}")  # expect: average salary 187,750.00
