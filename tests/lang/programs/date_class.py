class Date:
    DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    def __init__(self, y, m, d):
        if not 1 <= m <= 12 or not 1 <= d <= self.month_len(y, m):
            raise ValueError(f"invalid date {y}-{m}-{d}")
        self.y, self.m, self.d = y, m, d

    @staticmethod
    def leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @classmethod
    def month_len(cls, y, m):
        return 29 if m == 2 and cls.leap(y) else cls.DAYS[m - 1]

    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split("-")))

    def ordinal(self):
        y = self.y - 1
        days = y * 365 + y // 4 - y // 100 + y // 400
        days += sum(self.month_len(self.y, m) for m in range(1, self.m))
        return days + self.d

    @classmethod
    def from_ordinal(cls, n):
        y = n // 366 + 1
        while cls(y + 1, 1, 1).ordinal() <= n:
            y += 1
        rest = n - cls(y, 1, 1).ordinal() + 1
        m = 1
        while rest > cls.month_len(y, m):
            rest -= cls.month_len(y, m)
            m += 1
        return cls(y, m, rest)

    def __add__(self, days):
        return Date.from_ordinal(self.ordinal() + days)

    def __sub__(self, other):
        if isinstance(other, Date):
            return self.ordinal() - other.ordinal()
        return self + (-other)

    def __lt__(self, o): return self.ordinal() < o.ordinal()
    def __eq__(self, o): return isinstance(o, Date) and self.ordinal() == o.ordinal()
    def weekday(self): return self.NAMES[(self.ordinal() - 1) % 7]
    def __repr__(self): return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"

d = Date(2024, 2, 28)
print(d, d + 1, d + 2, d + 366, d - 59, d.weekday())
# expect: 2024-02-28 2024-02-29 2024-03-01 2025-02-28 2023-12-31 Wednesday
print(Date(2000, 1, 1).weekday(), Date(1969, 7, 20).weekday(), Date(1, 1, 1).ordinal())
# expect: Saturday Sunday 1
print(Date.parse("2024-12-25") - Date.parse("2024-01-01"), Date(2025, 3, 1) - Date(2024, 3, 1))
# expect: 359 365
print(sorted([Date(2023, 5, 1), Date(2021, 12, 31), Date(2023, 1, 15)]))
# expect: [2021-12-31, 2023-01-15, 2023-05-01]
print(Date(2024, 1, 31) + 30, Date(1999, 12, 31) + 1, Date(2024, 3, 1) - 1 == Date(2024, 2, 29))
# expect: 2024-03-01 2000-01-01 True
for bad in ["2023-02-29", "2024-13-01", "2024-04-31"]:
    try:
        Date.parse(bad)
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: invalid date 2023-2-29
# expect: ValueError: invalid date 2024-13-1
# expect: ValueError: invalid date 2024-4-31
fridays = [Date(2024, m, 13) for m in range(1, 13) if Date(2024, m, 13).weekday() == "Friday"]
print(fridays)  # expect: [2024-09-13, 2024-12-13]
