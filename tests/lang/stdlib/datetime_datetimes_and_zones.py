# datetime: datetimes, time zones (timezone.utc and fixed offsets), isoformat and
# fromisoformat, strftime and strptime.
from datetime import UTC, date, datetime, time, timedelta, timezone

dt = datetime(2024, 2, 29, 13, 45, 30, 123456)
print(dt, repr(dt), dt.date(), dt.time(), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.ctime())
# expect: 2024-02-29 13:45:30.123456 datetime.datetime(2024, 2, 29, 13, 45, 30, 123456) 2024-02-29 13:45:30.123456 2024-02-29T13:45:30.123456 2024-02-29 13:45:30 Thu Feb 29 13:45:30 2024
print(dt + timedelta(days=1, hours=12), dt - datetime(2024, 1, 1), dt.replace(year=2025, day=28), dt.timestamp())
# expect: 2024-03-02 01:45:30.123456 59 days, 13:45:30.123456 2025-02-28 13:45:30.123456 1709214330.123456
print(datetime.combine(date(2020, 1, 1), time(8, 30)), datetime.fromtimestamp(0), datetime.utcfromtimestamp(1e9))
# expect: 2020-01-01 08:30:00 1970-01-01 00:00:00 2001-09-09 01:46:40
print(datetime.fromordinal(738000), dt.toordinal(), dt.weekday(), dt.timetuple().tm_yday, datetime.min, datetime.max)
# expect: 2021-07-29 00:00:00 738945 3 60 0001-01-01 00:00:00 9999-12-31 23:59:59.999999
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %a %b %p %I %j %%"), dt.strftime("%c | %x | %X | %D %T | %-d/%-m %e"))
# expect: 2024-02-29 13:45:30.123456 Thu Feb PM 01 060 % Thu Feb 29 13:45:30 2024 | 02/29/24 | 13:45:30 | 02/29/24 13:45:30 | 29/2 29

utc = datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc)
ist = timezone(timedelta(hours=5, minutes=30), "IST")
pst = timezone(timedelta(hours=-8))
print(utc, repr(utc), utc.astimezone(ist), utc.astimezone(pst), utc.astimezone(ist).tzname(), utc.utcoffset())
# expect: 2024-03-10 12:00:00+00:00 datetime.datetime(2024, 3, 10, 12, 0, tzinfo=datetime.timezone.utc) 2024-03-10 17:30:00+05:30 2024-03-10 04:00:00-08:00 IST 0:00:00
print(repr(ist), repr(pst), str(pst), str(timezone.utc), UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc)
# expect: datetime.timezone(datetime.timedelta(seconds=19800), 'IST') datetime.timezone(datetime.timedelta(days=-1, seconds=57600)) UTC-08:00 UTC True True
print(utc == utc.astimezone(ist), utc.astimezone(pst) - utc, utc.isoformat(), utc.astimezone(pst).isoformat())
# expect: True 0:00:00 2024-03-10T12:00:00+00:00 2024-03-10T04:00:00-08:00
print(utc.strftime("%H:%M %z %Z"), utc.astimezone(ist).strftime("%z %Z"), datetime.fromtimestamp(0, timezone.utc))
# expect: 12:00 +0000 UTC +0530 IST 1970-01-01 00:00:00+00:00
print(datetime(2024, 1, 1).astimezone(), utc.timestamp(), utc.replace(tzinfo=None), timezone.min, timezone.max)
# expect: 2024-01-01 00:00:00+00:00 1710072000.0 2024-03-10 12:00:00 UTC-23:59 UTC+23:59

for text in ["2011-11-04", "20111104T000523", "2011-11-04 00:05:23.283", "2011-11-04T00:05:23Z",
             "2011-11-04T00:05:23+04:00", "2011-W01-2T12:00", "2011-11-04T00:05:23-0330"]:
    print(repr(datetime.fromisoformat(text)))
# expect: datetime.datetime(2011, 11, 4, 0, 0)
# expect: datetime.datetime(2011, 11, 4, 0, 5, 23)
# expect: datetime.datetime(2011, 11, 4, 0, 5, 23, 283000)
# expect: datetime.datetime(2011, 11, 4, 0, 5, 23, tzinfo=datetime.timezone.utc)
# expect: datetime.datetime(2011, 11, 4, 0, 5, 23, tzinfo=datetime.timezone(datetime.timedelta(seconds=14400)))
# expect: datetime.datetime(2011, 1, 4, 12, 0)
# expect: datetime.datetime(2011, 11, 4, 0, 5, 23, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=73800)))
for text, fmt in [("31/01/22 23:59", "%d/%m/%y %H:%M"), ("March 5, 2021 4:05 PM", "%B %d, %Y %I:%M %p"),
                  ("2021-064", "%Y-%j"), ("2024-03-10T12:00:00+0530", "%Y-%m-%dT%H:%M:%S%z"), ("6 1 2023", "%w %U %Y")]:
    print(repr(datetime.strptime(text, fmt)))
# expect: datetime.datetime(2022, 1, 31, 23, 59)
# expect: datetime.datetime(2021, 3, 5, 16, 5)
# expect: datetime.datetime(2021, 3, 5, 0, 0)
# expect: datetime.datetime(2024, 3, 10, 12, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800)))
# expect: datetime.datetime(2023, 1, 7, 0, 0)
for bad in [lambda: datetime.fromisoformat("2011-11-04T"), lambda: datetime.strptime("2021-01-01", "%d/%m/%Y"),
            lambda: datetime.strptime("2021-01-01 junk", "%Y-%m-%d"), lambda: datetime.strptime("1", "%Q"),
            lambda: datetime(2020, 1, 1) < utc, lambda: utc - datetime(2020, 1, 1), lambda: timezone(timedelta(hours=24)),
            lambda: datetime(2020, 1, 1) < date(2020, 1, 1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
# expect: ValueError: Invalid isoformat string: '2011-11-04T'
# expect: ValueError: time data '2021-01-01' does not match format '%d/%m/%Y'
# expect: ValueError: unconverted data remains:  junk
# expect: ValueError: 'Q' is a bad directive in format '%Q'
# expect: TypeError: can't compare offset-naive and offset-aware datetimes
# expect: TypeError: can't subtract offset-naive and offset-aware datetimes
# expect: ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1).
# expect: TypeError: can't compare datetime.datetime to datetime.date
now = datetime.now()
print(now.year >= 2024, now.tzinfo, datetime.now(timezone.utc).tzinfo, datetime.utcnow() - now < timedelta(seconds=5))
# expect: True None UTC True
