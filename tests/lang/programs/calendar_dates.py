MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31

def day_of_week(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d - 1) % 7

def day_of_year(y, m, d):
    return sum(days_in_month(y, k) for k in range(1, m)) + d

def days_between(a, b):
    def ordinal(y, m, d):
        y1 = y - 1
        return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + day_of_year(y, m, d)
    return ordinal(*b) - ordinal(*a)

def month_calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20).rstrip(), " ".join(d[:2] for d in DAYS)]
    start = day_of_week(y, m, 1)
    cells = ["  "] * start + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]).rstrip())
    return "\n".join(lines)

print([y for y in range(1896, 1920) if is_leap(y)])  # expect: [1896, 1904, 1908, 1912, 1916]
print(is_leap(2000), is_leap(1900), is_leap(2024))   # expect: True False True
for date in [(2024, 1, 1), (2000, 2, 29), (1969, 7, 20), (2023, 12, 25)]:
    y, m, d = date
    print(f"{y}-{m:02d}-{d:02d} is a {DAYS[day_of_week(*date)]}, day {day_of_year(*date)} of the year")
# expect: 2024-01-01 is a Mon, day 1 of the year
# expect: 2000-02-29 is a Tue, day 60 of the year
# expect: 1969-07-20 is a Sun, day 201 of the year
# expect: 2023-12-25 is a Mon, day 359 of the year
print(days_between((2000, 1, 1), (2024, 1, 1)), days_between((2024, 3, 1), (2024, 2, 1)))
# expect: 8766 -29
print(month_calendar(2024, 2))
# expect:    February 2024
# expect: Mo Tu We Th Fr Sa Su
# expect:           1  2  3  4
# expect:  5  6  7  8  9 10 11
# expect: 12 13 14 15 16 17 18
# expect: 19 20 21 22 23 24 25
# expect: 26 27 28 29
print(month_calendar(2023, 10))
# expect:     October 2023
# expect: Mo Tu We Th Fr Sa Su
# expect:                    1
# expect:  2  3  4  5  6  7  8
# expect:  9 10 11 12 13 14 15
# expect: 16 17 18 19 20 21 22
# expect: 23 24 25 26 27 28 29
# expect: 30 31
fri13 = [(y, m) for y in range(2024, 2026) for m in range(1, 13) if day_of_week(y, m, 13) == 4]
print(fri13)  # expect: [(2024, 9), (2024, 12), (2025, 6)]
