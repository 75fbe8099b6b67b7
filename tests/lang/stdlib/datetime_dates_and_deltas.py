# datetime: dates, times and timedeltas with CPython's reprs, arithmetic and formats.
from datetime import MAXYEAR, MINYEAR, date, datetime, time, timedelta

d = date(2002, 12, 4)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.ctime())
# expect: 2002-12-04 datetime.date(2002, 12, 4) 2002 12 4 2 3 731188 Wed Dec  4 00:00:00 2002
print(d.isocalendar(), d.isocalendar().week, tuple(date(2004, 1, 1).isocalendar()), d.timetuple())
# expect: datetime.IsoCalendarDate(year=2002, week=49, weekday=3) 49 (2004, 1, 4) time.struct_time(tm_year=2002, tm_mon=12, tm_mday=4, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=2, tm_yday=338, tm_isdst=-1)
print(d + timedelta(days=30), d - timedelta(weeks=1), date(2003, 1, 1) - d, d.replace(day=25), d < date(2003, 1, 1))
# expect: 2003-01-03 2002-11-27 28 days, 0:00:00 2002-12-25 True
print(date.fromordinal(731000), date.fromisoformat("2019-12-04"), date.fromisocalendar(2020, 53, 7), date.min, date.max)
# expect: 2002-05-30 2019-12-04 2021-01-03 0001-01-01 9999-12-31
print(d.strftime("%A %d %B %Y, day %j, week %U/%W, %a %b %y %m/%d"), f"{d:%d.%m.%Y}", format(d), MINYEAR, MAXYEAR)
# expect: Wednesday 04 December 2002, day 338, week 48/48, Wed Dec 02 12/04 04.12.2002 2002-12-04 1 9999

td = timedelta(days=2, hours=3, minutes=4, seconds=5, milliseconds=6, microseconds=7)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
# expect: 2 days, 3:04:05.006007 datetime.timedelta(days=2, seconds=11045, microseconds=6007) 2 11045 6007 183845.006007
print(repr(timedelta()), timedelta(hours=-1), repr(timedelta(hours=-1)), timedelta(microseconds=-1), timedelta(weeks=1.5))
# expect: datetime.timedelta(0) -1 day, 23:00:00 datetime.timedelta(days=-1, seconds=82800) -1 day, 23:59:59.999999 10 days, 12:00:00
print(td * 2, td / 2, td // 3, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1), -td, abs(-td))
# expect: 4 days, 6:08:10.012014 1 day, 1:32:02.503004 17:01:21.668669 51.068057224166665 51 0:04:05.006007 -3 days, 20:55:54.993993 2 days, 3:04:05.006007
print(divmod(timedelta(hours=25), timedelta(hours=7)), timedelta(minutes=1) * 0.1, timedelta(seconds=1) / 3, 3 * timedelta(days=1))
# expect: (3, datetime.timedelta(seconds=14400)) 0:00:06 0:00:00.333333 3 days, 0:00:00
print(timedelta(days=1) == timedelta(hours=24), timedelta(1) > timedelta(0, 86399), bool(timedelta()), sorted([td, -td, timedelta()]))
# expect: True True False [datetime.timedelta(days=-3, seconds=75354, microseconds=993993), datetime.timedelta(0), datetime.timedelta(days=2, seconds=11045, microseconds=6007)]
print(timedelta.min, timedelta.max, timedelta.resolution, timedelta(days=1, seconds=0.5, microseconds=0.4))
# expect: -999999999 days, 0:00:00 999999999 days, 23:59:59.999999 0:00:00.000001 1 day, 0:00:00.500000

t = time(14, 30, 15, 250)
print(t, repr(t), t.hour, t.isoformat("minutes"), t.isoformat("milliseconds"), t.strftime("%I:%M %p"), time(), repr(time(1, 2, 3)))
# expect: 14:30:15.000250 datetime.time(14, 30, 15, 250) 14 14:30 14:30:15.000 02:30 PM 00:00:00 datetime.time(1, 2, 3)
print(time.fromisoformat("04:23:01.000384"), time(9) < time(10), t.replace(hour=1), time.min, time.max)
# expect: 04:23:01.000384 True 01:30:15.000250 00:00:00 23:59:59.999999

for bad in [lambda: date(2021, 2, 29), lambda: date(2021, 13, 1), lambda: date(0, 1, 1), lambda: time(24), lambda: time(1, 60),
            lambda: date.fromisoformat("2021-2-1"), lambda: timedelta(days=10 ** 9), lambda: date.max + timedelta(1),
            lambda: time(1).isoformat("days"), lambda: date(2021, 1, "1")]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
# expect: ValueError: day is out of range for month
# expect: ValueError: month must be in 1..12
# expect: ValueError: year 0 is out of range
# expect: ValueError: hour must be in 0..23
# expect: ValueError: minute must be in 0..59
# expect: ValueError: Invalid isoformat string: '2021-2-1'
# expect: OverflowError: days=1000000000; must have magnitude <= 999999999
# expect: OverflowError: date value out of range
# expect: ValueError: Unknown timespec value
# expect: TypeError: 'str' object cannot be interpreted as an integer
today = date.today()
print(type(today).__name__, today.year > 2000, isinstance(datetime.now(), date), date.today() - today < timedelta(1))
# expect: date True True True
