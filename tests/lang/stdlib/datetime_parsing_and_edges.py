# datetime: fromisoformat's accepted forms (week dates, basic format, fractions, zones)
# and rejections, strptime's week and ISO directives, timestamps at the edges, mixed
# zones in comparisons, hashes and subtraction, float timedelta rounding.
from datetime import date, time, datetime, timedelta, timezone, tzinfo
def show(*fs):
    out = []
    for f in fs:
        try:
            out.append(repr(f()))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(" | ".join(out))
for s in ["13.5", "13:05.5", "1305", "13:0509", "T10:00+25:00", "10:00:00-00:00", "10:00+0530", "10:00+05", "10:00+5", "10:00Z", "10:00Zx", "1", "10:00:00.", "10:00:00.1234567x", "10:00:00,5", "10-05:30:15.5", "235959.999999"]:
    show(lambda: time.fromisoformat(s))
    # expect: datetime.time(13, 0, 0, 500000)
    # expect: datetime.time(13, 5, 0, 500000)
    # expect: datetime.time(13, 5)
    # expect: ValueError: Invalid isoformat string: '13:0509'
    # expect: ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1, seconds=3600).
    # expect: datetime.time(10, 0, tzinfo=datetime.timezone.utc)
    # expect: datetime.time(10, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800)))
    # expect: datetime.time(10, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=18000)))
    # expect: ValueError: Invalid isoformat string: '10:00+5'
    # expect: datetime.time(10, 0, tzinfo=datetime.timezone.utc)
    # expect: ValueError: Invalid isoformat string: '10:00Zx'
    # expect: ValueError: Invalid isoformat string: '1'
    # expect: ValueError: Invalid isoformat string: '10:00:00.'
    # expect: ValueError: Invalid isoformat string: '10:00:00.1234567x'
    # expect: datetime.time(10, 0, 0, 500000)
    # expect: datetime.time(10, 0, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=66584, microseconds=500000)))
    # expect: datetime.time(23, 59, 59, 999999)
for s in ["2024-01-01T10:00:00.123456789", "2024-01-01X10", "2024-W01-1-10:00", "2024W0110", "2024W01110", "2024W011T10", "2024-W01", "2024-W01-", "2024W01", "2024-W01T1030", "20240101T1030+01", "2024-01-01T", "2024-01-0", "2023-W53-1", "2020-W53-7", "2024-02-30T10", "0000-01-01", "2024-01-01 10:00:00 ", "2024-001"]:
    show(lambda: datetime.fromisoformat(s))
    # expect: datetime.datetime(2024, 1, 1, 10, 0, 0, 123456)
    # expect: datetime.datetime(2024, 1, 1, 10, 0)
    # expect: datetime.datetime(2024, 1, 1, 10, 0)
    # expect: ValueError: Invalid isoformat string: '2024W0110'
    # expect: datetime.datetime(2024, 1, 1, 10, 0)
    # expect: datetime.datetime(2024, 1, 1, 10, 0)
    # expect: datetime.datetime(2024, 1, 1, 0, 0)
    # expect: ValueError: Invalid isoformat string: '2024-W01-'
    # expect: datetime.datetime(2024, 1, 1, 0, 0)
    # expect: datetime.datetime(2024, 1, 1, 10, 30)
    # expect: datetime.datetime(2024, 1, 1, 10, 30, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
    # expect: ValueError: Invalid isoformat string: '2024-01-01T'
    # expect: ValueError: Invalid isoformat string: '2024-01-0'
    # expect: ValueError: Invalid isoformat string: '2023-W53-1'
    # expect: datetime.datetime(2021, 1, 3, 0, 0)
    # expect: ValueError: day is out of range for month
    # expect: ValueError: year 0 is out of range
    # expect: ValueError: Invalid isoformat string: '2024-01-01 10:00:00 '
    # expect: ValueError: Invalid isoformat string: '2024-001'
for s in ["2024-W01-1", "2024W011", "2024-01", "202401", "2024-1-01", "2024-01-01x"]:
    show(lambda: date.fromisoformat(s))
    # expect: datetime.date(2024, 1, 1)
    # expect: datetime.date(2024, 1, 1)
    # expect: ValueError: Invalid isoformat string: '2024-01'
    # expect: ValueError: Invalid isoformat string: '202401'
    # expect: ValueError: Invalid isoformat string: '2024-1-01'
    # expect: ValueError: Invalid isoformat string: '2024-01-01x'
for fmt, s in [("%Y-%j", "2024-060"), ("%Y %U %a", "2024 00 Mon"), ("%Y %U %a", "2023 00 Sun"), ("%Y %W %w", "2024 10 3"), ("%Y %W %A", "2018 00 Sunday"), ("%G %V %u", "2024 01 1"), ("%G %V %u", "2020 53 7"), ("%y", "68"), ("%y", "69"), ("%I %p", "12 AM"), ("%I %p", "12 PM"), ("%I %p", "3 PM"), ("%I", "5"), ("%b %d", "feb 29"), ("%B", "DECEMBER"), ("%d/%m/%Y %H:%M:%S.%f", "1/2/2003 4:5:6.7"), ("%z", "-0330"), ("%z %Z", "+01:00 UTC"), ("%Y %V %u", "2024 01 1"), ("%G", "2024"), ("%c", "Sun Mar 10 14:30:05 2024"), ("%x %X", "03/10/24 14:30:05"), ("%Y-%m-%d", "2024-02-30")]:
    show(lambda: datetime.strptime(s, fmt))
    # expect: datetime.datetime(2024, 2, 29, 0, 0)
    # expect: datetime.datetime(2024, 1, 1, 0, 0)
    # expect: datetime.datetime(2023, 1, 1, 0, 0)
    # expect: datetime.datetime(2024, 3, 6, 0, 0)
    # expect: datetime.datetime(2018, 1, 7, 0, 0)
    # expect: datetime.datetime(2024, 1, 1, 0, 0)
    # expect: datetime.datetime(2021, 1, 3, 0, 0)
    # expect: datetime.datetime(2068, 1, 1, 0, 0)
    # expect: datetime.datetime(1969, 1, 1, 0, 0)
    # expect: datetime.datetime(1900, 1, 1, 0, 0)
    # expect: datetime.datetime(1900, 1, 1, 12, 0)
    # expect: datetime.datetime(1900, 1, 1, 15, 0)
    # expect: datetime.datetime(1900, 1, 1, 5, 0)
    # expect: ValueError: day is out of range for month
    # expect: datetime.datetime(1900, 12, 1, 0, 0)
    # expect: datetime.datetime(2003, 2, 1, 4, 5, 6, 700000)
    # expect: datetime.datetime(1900, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=73800)))
    # expect: datetime.datetime(1900, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600), 'UTC'))
    # expect: ValueError: ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.
    # expect: ValueError: ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').
    # expect: datetime.datetime(2024, 3, 10, 14, 30, 5)
    # expect: datetime.datetime(2024, 3, 10, 14, 30, 5)
    # expect: ValueError: day is out of range for month
show(lambda: datetime.fromtimestamp(-1e12, timezone.utc), lambda: datetime.fromtimestamp(float("nan")), lambda: datetime.fromtimestamp(float("inf")), lambda: date.fromtimestamp(1e12), lambda: datetime.utcfromtimestamp(-1e11), lambda: date.fromordinal(3652060), lambda: datetime.utcfromtimestamp(-0.5), lambda: datetime.utcfromtimestamp(1.0000005), lambda: datetime.utcfromtimestamp(1.0000015), lambda: datetime.utcfromtimestamp(-62135596800), lambda: datetime.utcfromtimestamp(253402300799.999999))
# expect: ValueError: year -29719 is out of range | ValueError: Invalid value NaN (not a number) | OverflowError: timestamp out of range for platform time_t | ValueError: year 33658 is out of range | ValueError: year -1199 is out of range | ValueError: year 10000 is out of range | datetime.datetime(1969, 12, 31, 23, 59, 59, 500000) | datetime.datetime(1970, 1, 1, 0, 0, 1, 1) | datetime.datetime(1970, 1, 1, 0, 0, 1, 1) | datetime.datetime(1, 1, 1, 0, 0) | ValueError: year 10000 is out of range
show(lambda: date(2024), lambda: date(2024, 1), lambda: datetime(2024, 1), lambda: +timedelta(1), lambda: datetime(2024, 1, 1, fold=1) == datetime(2024, 1, 1), lambda: hash(datetime(2024, 1, 1, fold=1)) == hash(datetime(2024, 1, 1)))
# expect: TypeError: function missing required argument 'month' (pos 2) | TypeError: function missing required argument 'day' (pos 3) | TypeError: function missing required argument 'day' (pos 3) | datetime.timedelta(days=1) | True | True
a = datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=2)))
b = datetime(2024, 1, 1, 10, tzinfo=timezone.utc)
show(lambda: a == b, lambda: hash(a) == hash(b), lambda: a - b, lambda: a < b, lambda: a <= b, lambda: a != datetime(2024, 1, 1, 12), lambda: a.timetz() == b.timetz(), lambda: hash(a.timetz()) == hash(b.timetz()), lambda: time(12, tzinfo=timezone(timedelta(hours=2))) < time(10, 30, tzinfo=timezone.utc))
# expect: True | True | datetime.timedelta(0) | False | True | True | True | True | True
show(lambda: a.astimezone(), lambda: datetime(2024, 1, 1).astimezone(), lambda: datetime(2024, 1, 1).astimezone(timezone.utc), lambda: b.astimezone(timezone.utc) is b, lambda: a.timestamp(), lambda: datetime(1969, 12, 31, 23, 59, 59, 500000).timestamp(), lambda: datetime(2024, 1, 1).strftime("%s"), lambda: time(5).strftime("%s %j %a"))
# expect: datetime.datetime(2024, 1, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'UTC')) | datetime.datetime(2024, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'UTC')) | datetime.datetime(2024, 1, 1, 0, 0, tzinfo=datetime.timezone.utc) | True | 1704103200.0 | -0.5 | '1704067200' | '-2208970800 001 Mon'
show(lambda: timedelta(microseconds=-1), lambda: str(timedelta(microseconds=-1)), lambda: str(timedelta(days=-2, seconds=5)), lambda: timedelta(weeks=1.5, hours=-0.25), lambda: timedelta(seconds=1e-7), lambda: timedelta(seconds=2.5e-6), lambda: timedelta(seconds=3.5e-6), lambda: timedelta(days=1e9), lambda: timedelta(minutes=-1e-300), lambda: timedelta(milliseconds=1.0000005))
# expect: datetime.timedelta(days=-1, seconds=86399, microseconds=999999) | '-1 day, 23:59:59.999999' | '-2 days, 0:00:05' | datetime.timedelta(days=10, seconds=42300) | datetime.timedelta(0) | datetime.timedelta(microseconds=2) | datetime.timedelta(microseconds=4) | OverflowError: days=1000000000; must have magnitude <= 999999999 | datetime.timedelta(0) | datetime.timedelta(microseconds=1000)
show(lambda: timedelta(hours=1) * 1.1, lambda: timedelta(hours=1) / 3.3, lambda: timedelta(1) / 0.0, lambda: timedelta(1) // timedelta(0), lambda: timedelta(1) % timedelta(0), lambda: timedelta.max + timedelta.resolution, lambda: -timedelta.max, lambda: -timedelta.min, lambda: abs(timedelta.min))
# expect: datetime.timedelta(seconds=3960) | datetime.timedelta(seconds=1090, microseconds=909091) | ZeroDivisionError: integer division or modulo by zero | ZeroDivisionError: integer division or modulo by zero | ZeroDivisionError: integer modulo by zero | OverflowError: days=1000000000; must have magnitude <= 999999999 | OverflowError: days=-1000000000; must have magnitude <= 999999999 | datetime.timedelta(days=999999999) | datetime.timedelta(days=999999999)
show(lambda: datetime(2024, 1, 1, 0, 0, 0, 0, timezone(timedelta(seconds=-1, microseconds=5))).isoformat(), lambda: str(timezone(-timedelta(seconds=1, microseconds=5))), lambda: timezone(timedelta(hours=1), "A") == timezone(timedelta(hours=1)), lambda: timezone.utc.utcoffset(5), lambda: timezone.utc.fromutc(datetime(2024, 1, 1)), lambda: timezone(timedelta(0), "Z"), lambda: timezone(timedelta(0)) is timezone.utc, lambda: timezone(timedelta(0), 5))
# expect: '2024-01-01T00:00:00-00:00:00.999995' | 'UTC-00:00:01.000005' | True | TypeError: utcoffset(dt) argument must be a datetime instance or None, not int | ValueError: fromutc: dt.tzinfo is not self | datetime.timezone(datetime.timedelta(0), 'Z') | True | TypeError: timezone() argument 2 must be str, not int
