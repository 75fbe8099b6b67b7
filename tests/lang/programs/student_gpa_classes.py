GRADE_POINTS = {"A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "C": 2.0, "D": 1.0, "F": 0.0}

class Course:
    def __init__(self, code, credits):
        self.code, self.credits = code, credits
    def __repr__(self):
        return f"{self.code}({self.credits})"

class Transcript:
    def __init__(self, student):
        self.student = student
        self.entries = []

    def add(self, course, grade, term):
        if grade not in GRADE_POINTS:
            raise ValueError(f"unknown grade {grade!r} for {course.code}")
        self.entries.append((term, course, grade))

    def gpa(self, term=None):
        rows = [(c, g) for t, c, g in self.entries if term in (None, t) and g != "W"]
        credits = sum(c.credits for c, _ in rows)
        if not credits:
            return 0.0
        return sum(GRADE_POINTS[g] * c.credits for c, g in rows) / credits

    def terms(self):
        seen = []
        for t, _, _ in self.entries:
            if t not in seen:
                seen.append(t)
        return seen

    def standing(self):
        g = self.gpa()
        return "Dean's list" if g >= 3.5 else "Good" if g >= 2.0 else "Probation"

cs101, ma201, ph110, en100 = Course("CS101", 4), Course("MA201", 3), Course("PH110", 4), Course("EN100", 2)
tr = Transcript("Jordan")
for course, grade, term in [(cs101, "A", "F23"), (ma201, "B+", "F23"), (en100, "A-", "F23"),
                            (ph110, "C+", "S24"), (ma201, "B-", "S24")]:
    tr.add(course, grade, term)
try:
    tr.add(cs101, "E", "S24")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: unknown grade 'E' for CS101
for term in tr.terms():
    print(f"{term}: GPA {tr.gpa(term):.3f}", [f"{c.code}:{g}" for t, c, g in tr.entries if t == term])
# expect: F23: GPA 3.700 ['CS101:A', 'MA201:B+', 'EN100:A-']
# expect: S24: GPA 2.471 ['PH110:C+', 'MA201:B-']
print(f"cumulative {tr.gpa():.3f} -> {tr.standing()}")  # expect: cumulative 3.163 -> Good
needed = None
for target in (3.0, 3.2):
    total_pts = sum(GRADE_POINTS[g] * c.credits for _, c, g in tr.entries)
    total_cr = sum(c.credits for _, c, _ in tr.entries)
    needed = (target * (total_cr + 12) - total_pts) / 12
    print(f"to reach {target} after 12 more credits you need {needed:.2f} average")
# expect: to reach 3.0 after 12 more credits you need 2.78 average
# expect: to reach 3.2 after 12 more credits you need 3.25 average
