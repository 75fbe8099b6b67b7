def parse_time(s):
    h, m = map(int, s.split(":"))
    if not (0 <= h < 24 and 0 <= m < 60):
        raise ValueError(f"invalid time {s!r}")
    return h * 60 + m

def fmt(minutes):
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"

def duration(mins):
    h, m = divmod(mins, 60)
    parts = []
    if h:
        parts.append(f"{h}h")
    if m or not parts:
        parts.append(f"{m}m")
    return " ".join(parts)

RATES = [(0, 60, 0.0), (60, 180, 2.0), (180, 24 * 60, 3.5)]

def fee(start, end):
    total_min = (parse_time(end) - parse_time(start)) % (24 * 60)
    cost = 0.0
    for lo, hi, per_hour in RATES:
        span = max(0, min(total_min, hi) - lo)
        cost += per_hour * (-(-span // 15)) / 4
    return total_min, round(min(cost, 40.0), 2)

sessions = [("08:00", "08:45"), ("09:10", "11:40"), ("13:00", "17:00"), ("22:30", "01:15"), ("10:00", "10:00"), ("07:59", "24:00"), ("12:00", "12:61")]
for s, e in sessions:
    try:
        mins, cost = fee(s, e)
        print(f"{s}-{e} {duration(mins):>7} ${cost:5.2f}")
    except ValueError as err:
        print(f"{s}-{e} error: {err}")
# expect: 08:00-08:45     45m $ 0.00
# expect: 09:10-11:40  2h 30m $ 3.00
# expect: 13:00-17:00      4h $ 7.50
# expect: 22:30-01:15  2h 45m $ 3.50
# expect: 10:00-10:00      0m $ 0.00
# expect: 07:59-24:00 error: invalid time '24:00'
# expect: 12:00-12:61 error: invalid time '12:61'
print([fmt(parse_time("23:30") + d) for d in (0, 30, 45, 24 * 60)])
# expect: ['23:30', '00:00', '00:15', '23:30']
print(sorted(["09:15", "9:05", "23:59", "00:00"], key=parse_time))
# expect: ['00:00', '9:05', '09:15', '23:59']
