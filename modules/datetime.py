# datetime — CPython 3.11's dates and times for Edge Python, in plain Python
# (modules/README.md): timedelta, date, time, datetime, tzinfo, timezone (utc and fixed
# offsets), with their arithmetic, comparisons, reprs, isoformat/fromisoformat,
# strftime (the directives of glibc's, as CPython on Linux prints them) and strptime.
#
# The host gives the VM the time (time.time()) but no time zone, so local time is UTC:
# now(), today(), fromtimestamp() and astimezone() without a zone work in UTC, as
# CPython does on a machine whose zone is UTC. Names in messages and reprs say
# `datetime.date` as CPython's do; type errors from the VM name the class alone (`date`).

import time as _time

__all__ = ["date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC"]

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date.max.toordinal()

# ---- the proleptic Gregorian calendar ----

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULL_MONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULL_DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)  # number of days in 400 years
_DI100Y = _days_before_year(101)  # "    "   "   " 100   "
_DI4Y = _days_before_year(5)  # "    "   "   "   4   "


def _ord2ymd(n):
    """ordinal -> (year, month, day), considering 01-Jan-0001 as day 1."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _isoweek1monday(year):
    # The ordinal of the Monday of ISO week 1: the week with the year's first Thursday.
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


def _isoweek_to_gregorian(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            # ISO years have 53 weeks in them on years starting with a Thursday and leap
            # years starting on a Wednesday.
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
    return _ord2ymd(_isoweek1monday(year) + (week - 1) * 7 + (day - 1))


# ---- argument checks, with CPython's messages ----

def _index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not '{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError(f"offset must be a timedelta strictly between -timedelta(hours=24) and "
                         f"timedelta(hours=24), not {offset!r}.")


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _cmperror(x, y):
    raise TypeError(f"can't compare {_qualified(type(x))} to {_qualified(type(y))}")


# The name a repr gives a class: datetime.date for this module's own, the class's own
# module and name for a subclass.
def _qualified(cls):
    if cls in _OWN_CLASSES:
        return "datetime." + cls.__name__
    return cls.__module__ + "." + cls.__qualname__


def _divide_and_round(a, b):
    """divide a by b and round result to the nearest integer, half to even."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


# ---- formatting ----

def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    if off.days < 0:
        sign = "-"
        off = -off
    else:
        sign = "+"
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or ss.microseconds:
        s += "%s%02d" % (sep, ss.seconds)
        if ss.microseconds:
            s += ".%06d" % ss.microseconds
    return s


def _iso_year_week_day(year, month, day):
    ordinal = _ymd2ord(year, month, day)
    week1monday = _isoweek1monday(year)
    week, wday = divmod(ordinal - week1monday, 7)
    if week < 0:
        year -= 1
        week1monday = _isoweek1monday(year)
        week, wday = divmod(ordinal - week1monday, 7)
    elif week >= 52 and ordinal >= _isoweek1monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, wday + 1


# strftime: the directives glibc's strftime knows, in the C locale, as CPython prints
# them on Linux (%f, %z and %Z are CPython's own). Flags after %: '-' no padding, '_'
# spaces, '0' zeros, '^' upper case, '#' swapped case; and a field width.
def _strftime(fmt, year, month, day, hour, minute, second, microsecond, wday, yday, utcoffset, tzname, epoch):
    out = []
    n = len(fmt)
    i = 0
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        start = i
        i += 1
        flags = ""
        while i < n and fmt[i] in "-_0^#":
            flags += fmt[i]
            i += 1
        width = ""
        while i < n and fmt[i].isdigit():
            width += fmt[i]
            i += 1
        if i >= n:
            out.append(fmt[start:])
            break
        d = fmt[i]
        i += 1
        text = None
        pad = "0"
        size = 2
        number = None
        if d == "a":
            text = _DAYNAMES[wday]
        elif d == "A":
            text = _FULL_DAYNAMES[wday]
        elif d == "b" or d == "h":
            text = _MONTHNAMES[month]
        elif d == "B":
            text = _FULL_MONTHNAMES[month]
        elif d == "c":
            text = _strftime("%a %b %e %H:%M:%S %Y", year, month, day, hour, minute, second, microsecond, wday,
                             yday, utcoffset, tzname, epoch)
        elif d == "C":
            number = year // 100
            size = 1
        elif d == "d":
            number = day
        elif d == "D":
            text = "%02d/%02d/%02d" % (month, day, year % 100)
        elif d == "e":
            number = day
            pad = " "
        elif d == "f":
            text = "%06d" % microsecond
        elif d == "F":
            text = "%d-%02d-%02d" % (year, month, day)
        elif d == "G":
            number = _iso_year_week_day(year, month, day)[0]
            size = 1
        elif d == "g":
            number = _iso_year_week_day(year, month, day)[0] % 100
        elif d == "H":
            number = hour
        elif d == "I":
            number = hour % 12 or 12
        elif d == "j":
            number = yday
            size = 3
        elif d == "k":
            number = hour
            pad = " "
        elif d == "l":
            number = hour % 12 or 12
            pad = " "
        elif d == "m":
            number = month
        elif d == "M":
            number = minute
        elif d == "n":
            text = "\n"
        elif d == "p":
            text = "AM" if hour < 12 else "PM"
        elif d == "P":
            text = "am" if hour < 12 else "pm"
        elif d == "r":
            text = "%02d:%02d:%02d %s" % (hour % 12 or 12, minute, second, "AM" if hour < 12 else "PM")
        elif d == "R":
            text = "%02d:%02d" % (hour, minute)
        elif d == "s":
            text = str(epoch)
        elif d == "S":
            number = second
        elif d == "t":
            text = "\t"
        elif d == "T":
            text = "%02d:%02d:%02d" % (hour, minute, second)
        elif d == "u":
            number = wday + 1
            size = 1
        elif d == "U":
            number = (yday + 6 - (wday + 1) % 7) // 7
        elif d == "V":
            number = _iso_year_week_day(year, month, day)[1]
        elif d == "w":
            number = (wday + 1) % 7
            size = 1
        elif d == "W":
            number = (yday + 6 - wday) // 7
        elif d == "x":
            text = "%02d/%02d/%02d" % (month, day, year % 100)
        elif d == "X":
            text = "%02d:%02d:%02d" % (hour, minute, second)
        elif d == "y":
            number = year % 100
        elif d == "Y":
            number = year
            size = 1
        elif d == "z":
            text = _format_offset(utcoffset, "")
        elif d == "Z":
            text = tzname or ""
        elif d == "%":
            text = "%"
        else:
            out.append(fmt[start:i])
            continue
        if number is not None:
            if "-" in flags:
                text = str(number)
            else:
                if "_" in flags:
                    pad = " "
                elif "0" in flags:
                    pad = "0"
                w = int(width) if width else size
                text = str(number)
                if len(text) < w:
                    text = pad * (w - len(text)) + text
        elif width and len(text) < int(width):
            text = (" " if d in "aAbBhpPZ" and "0" not in flags else "0") * (int(width) - len(text)) + text
        if "^" in flags:
            text = text.upper()
        elif "#" in flags:
            text = text.lower() if d in "pZ" else text.upper()
        out.append(text)
    return "".join(out)


# ---- ISO 8601 parsing, as fromisoformat reads it ----

def _digits(s, i, count):
    part = s[i:i + count]
    if len(part) != count or not all("0" <= c <= "9" for c in part):
        raise ValueError("invalid digits")
    return int(part)


def _parse_isoformat_date(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www, YYYYWww, YYYY-Www-D or YYYYWwwD.
    year = _digits(s, 0, 4)
    has_sep = s[4:5] == "-"
    pos = 4 + has_sep
    if s[pos:pos + 1] == "W":
        pos += 1
        week = _digits(s, pos, 2)
        pos += 2
        weekday = 1
        if len(s) > pos:
            if (s[pos:pos + 1] == "-") != has_sep:
                raise ValueError("Inconsistent use of dash separator")
            pos += has_sep
            weekday = _digits(s, pos, 1)
            pos += 1
        if pos != len(s):
            raise ValueError("trailing characters")
        return list(_isoweek_to_gregorian(year, week, weekday))
    month = _digits(s, pos, 2)
    pos += 2
    if (s[pos:pos + 1] == "-") != has_sep:
        raise ValueError("Inconsistent use of dash separator")
    pos += has_sep
    day = _digits(s, pos, 2)
    if pos + 2 != len(s):
        raise ValueError("trailing characters")
    return [year, month, day]


def _find_isoformat_datetime_separator(s):
    n = len(s)
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] == "W":
            if n > 8 and s[8] == "-":
                if n == 9:
                    raise ValueError("Invalid ISO string")
                if n > 10 and "0" <= s[10] <= "9":
                    return 8
                return 10
            return 8
        return 10
    if s[4] == "W":
        idx = 7
        while idx < n and "0" <= s[idx] <= "9":
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


def _parse_hh_mm_ss_ff(s):
    # HH[:?MM[:?SS[{.,}fff[fff]]]]
    n = len(s)
    comps = [0, 0, 0, 0]
    pos = 0
    has_sep = False
    for comp in range(3):
        if n - pos < 2:
            raise ValueError("Incomplete time component")
        comps[comp] = _digits(s, pos, 2)
        pos += 2
        next_char = s[pos:pos + 1]
        if comp == 0:
            has_sep = next_char == ":"
        if not next_char or comp >= 2:
            break
        if next_char in ".,":
            break
        if has_sep and next_char != ":":
            raise ValueError("Invalid time separator: %c" % next_char)
        pos += has_sep
    if pos < n:
        if s[pos] not in ".,":
            raise ValueError("Invalid microsecond component")
        pos += 1
        remainder = n - pos
        if remainder < 1:
            raise ValueError("Invalid microsecond component")
        to_parse = 6 if remainder >= 6 else remainder
        comps[3] = _digits(s, pos, to_parse)
        if to_parse < 6:
            comps[3] *= 10 ** (6 - to_parse)
        if remainder > to_parse and not all("0" <= c <= "9" for c in s[pos + to_parse:]):
            raise ValueError("Non-digit values in unparsed fraction")
    return comps


def _parse_isoformat_time(s):
    # HH[:MM[:SS[.fff[fff]]]][+HH:MM[:SS[.ffffff]]] or ...Z
    if len(s) < 2:
        raise ValueError("Isoformat time too short")
    tz_pos = (s.find("-") + 1 or s.find("+") + 1 or s.find("Z") + 1)
    timestr = s[:tz_pos - 1] if tz_pos > 0 else s
    comps = _parse_hh_mm_ss_ff(timestr)
    tzi = None
    if tz_pos == len(s) and s[-1] == "Z":
        tzi = timezone.utc
    elif tz_pos > 0:
        tzstr = s[tz_pos:]
        if len(tzstr) in (0, 1, 3) or s[tz_pos - 1] == "Z":
            raise ValueError("Malformed time zone string")
        tz_comps = _parse_hh_mm_ss_ff(tzstr)
        if all(x == 0 for x in tz_comps):
            tzi = timezone.utc
        else:
            sign = -1 if s[tz_pos - 1] == "-" else 1
            tzi = sign * timedelta(hours=tz_comps[0], minutes=tz_comps[1], seconds=tz_comps[2],
                                   microseconds=tz_comps[3])
    comps.append(tzi)
    return comps


# The fields with the offset made a timezone, outside the parsing: an offset of a day or
# more is timezone()'s error, not a malformed string.
def _with_timezone(fields):
    if isinstance(fields[-1], timedelta):
        fields[-1] = timezone(fields[-1])
    return fields


# ---- timedelta ----

# The exact number of microseconds in `value` units of `scale` microseconds, as a
# fraction (numerator, denominator): an int, or a float by its integer ratio.
def _exact(value, scale, what):
    if isinstance(value, int):
        return value * scale, 1
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("cannot convert float %s to integer" % ("NaN" if value != value else "infinity"))
        n, d = value.as_integer_ratio()
        return n * scale, d
    ratio = getattr(value, "as_integer_ratio", None)
    if ratio is not None:
        n, d = ratio()
        return n * scale, d
    raise TypeError(f"unsupported type for timedelta {what} component: {type(value).__name__}")


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        num, den = 0, 1
        for value, scale, what in ((days, 86400000000, "days"), (seconds, 1000000, "seconds"),
                                   (microseconds, 1, "microseconds"), (milliseconds, 1000, "milliseconds"),
                                   (minutes, 60000000, "minutes"), (hours, 3600000000, "hours"),
                                   (weeks, 604800000000, "weeks")):
            if value == 0 and isinstance(value, int):
                continue
            n, d = _exact(value, scale, what)
            if d == den:
                num += n
            else:
                num, den = num * d + n * den, den * d
        us = num if den == 1 else _divide_and_round(num, den)
        return cls._from_microseconds(us)

    @classmethod
    def _from_microseconds(cls, us):
        s, us = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        return self

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s(%s)" % (_qualified(type(self)), ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = ("%d day%s, " % (self._days, "s" if abs(self._days) != 1 else "")) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / 10 ** 6

    @property
    def days(self):
        """days"""
        return self._days

    @property
    def seconds(self):
        """seconds"""
        return self._seconds

    @property
    def microseconds(self):
        """microseconds"""
        return self._microseconds

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        if self._days < 0:
            return -self
        return self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("division by zero")
            return timedelta._from_microseconds(_divide_and_round(usec, other))
        a, b = other.as_integer_ratio()
        if a == 0:
            raise ZeroDivisionError("division by zero")
        return timedelta._from_microseconds(_divide_and_round(b * usec, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _getstate(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() == other._getstate()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() <= other._getstate()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() < other._getstate()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() >= other._getstate()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() > other._getstate()
        return NotImplemented

    def __hash__(self):
        return hash(self._getstate())

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), self._getstate())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- date ----

class date:
    """date(year, month, day) --> date object"""

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        "Construct a date from a POSIX timestamp (like time.time())."
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        "Construct a date from time.time()."
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal.

        January 1 of year 1 is day 1.  Only the year, month and day are
        non-zero in the result.
        """
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError(f"ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        try:
            fields = _parse_isoformat_date(date_string)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday.

        This is the inverse of the date.isocalendar() function"""
        return cls(*_isoweek_to_gregorian(year, week, day))

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_qualified(type(self)), self._year, self._month, self._day)

    def ctime(self):
        "Return ctime() style string."
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[weekday - 1], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        """Format using strftime()."""
        if not isinstance(fmt, str):
            raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(),
                         _days_before_month(self._year, self._month) + self._day, None, "",
                         (self.toordinal() - _EPOCH_ORDINAL) * 86400)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return the date formatted according to ISO.

        This is 'YYYY-MM-DD'.
        """
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        """year (1-9999)"""
        return self._year

    @property
    def month(self):
        """month (1-12)"""
        return self._month

    @property
    def day(self):
        """day (1-31)"""
        return self._day

    def timetuple(self):
        "Return local time tuple compatible with time.localtime()."
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                            _days_before_month(self._year, self._month) + self._day, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal for the year, month and day.

        January 1 of year 1 is day 1.  Only the year, month and day values
        contribute to the result.
        """
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return a new date with new values for the specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmp(self, other):
        return _cmp((self._year, self._month, self._day), (other._year, other._month, other._day))

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        "Hash."
        return hash((self._year, self._month, self._day))

    def __add__(self, other):
        "Add a date to a timedelta."
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        """Subtract two dates, or a date and a timedelta."""
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        "Return day of the week, where Monday == 0 ... Sunday == 6."
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        "Return day of the week, where Monday == 1 ... Sunday == 7."
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return _IsoCalendarDate(*_iso_year_week_day(self._year, self._month, self._day))

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


_EPOCH_ORDINAL = _ymd2ord(1970, 1, 1)


# What isocalendar() gives: a tuple of (year, week, weekday) with those names.
class _IsoCalendarDate:
    def __init__(self, year, week, weekday):
        self._t = (year, week, weekday)

    year = property(lambda self: self._t[0])
    week = property(lambda self: self._t[1])
    weekday = property(lambda self: self._t[2])

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        return self._t == (other._t if isinstance(other, _IsoCalendarDate) else other)

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self._t


# What timetuple() gives: time.struct_time, a tuple of nine fields with names.
class _struct_time:
    _names = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")

    def __init__(self, *fields):
        self._t = fields

    def __getattr__(self, name):
        if name in _struct_time._names:
            return self._t[_struct_time._names.index(name)]
        raise AttributeError(f"'time.struct_time' object has no attribute '{name}'")

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        return self._t == (other._t if isinstance(other, _struct_time) else other)

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return "time.struct_time(" + ", ".join(["%s=%r" % (n, v) for n, v in zip(_struct_time._names, self._t)]) + ")"


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---- tzinfo ----

class tzinfo:
    """Abstract base class for time zone info classes.

    Subclasses must override the tzname(), utcoffset() and dst() methods.
    """

    def tzname(self, dt):
        "datetime -> string name of time zone."
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        "datetime -> timedelta, positive for east of UTC, negative for west of UTC"
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta, positive for east of UTC.

        Return 0 if DST not in effect.  utcoffset() must include the DST
        offset.
        """
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        "datetime in UTC -> datetime in local time."
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dtdst


# ---- time ----

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

    All arguments are optional. tzinfo may be None, or an instance of
    a tzinfo subclass. The remaining arguments may be ints.
    """

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour, doc="hour (0-23)")
    minute = property(lambda self: self._minute, doc="minute (0-59)")
    second = property(lambda self: self._second, doc="second (0-59)")
    microsecond = property(lambda self: self._microsecond, doc="microsecond (0-999999)")
    tzinfo = property(lambda self: self._tzinfo, doc="timezone info object")
    fold = property(lambda self: self._fold)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2  # arbitrary non-zero value
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond), (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        """Hash."""
        tzoff = self.utcoffset()
        if not tzoff:  # zero or None
            return hash((self._hour, self._minute, self._second, self._microsecond))
        h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - tzoff, timedelta(hours=1))
        m //= timedelta(minutes=1)
        if 0 <= h < 24:
            return hash((h, m, self._second, self._microsecond))
        return hash((h, m, self._second, self._microsecond, "offset"))

    def __repr__(self):
        """Convert to formal string, for repr()."""
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s)" % (_qualified(type(self)), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        """Return the time formatted according to ISO.

        The full format is 'HH:MM:SS.mmmmmm+zz:zz'. By default, the fractional
        part is omitted if self.microsecond == 0.
        """
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from a string in one of the ISO 8601 formats."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string.startswith("T") else time_string
        try:
            fields = _parse_isoformat_time(text)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {time_string!r}") from None
        return cls(*_with_timezone(fields))

    def strftime(self, fmt):
        """Format using strftime().  The date part of the timestamp passed
        to underlying strftime should not be used.
        """
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 0, 1,
                         self.utcoffset(), self.tzname() if self._tzinfo is not None else "",
                         -2208988800 + self._hour * 3600 + self._minute * 60 + self._second)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """Return the timezone offset as timedelta, positive east of UTC
         (negative west of UTC)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta
        positive eastward) if DST is in effect.
        """
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset("dst", offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return a new time with new values for the specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime ----

# (year, month, day, hour, minute, second, microsecond) of a POSIX timestamp in UTC,
# the microseconds rounded half to even.
def _utc_fields(t):
    if isinstance(t, float):
        if t != t or t in (float("inf"), float("-inf")):
            raise ValueError("Invalid value %s" % ("NaN" if t != t else t))
        n, d = t.as_integer_ratio()
        us = _divide_and_round(n * 1000000, d)
    else:
        us = _index(t) * 1000000
    secs, us = divmod(us, 1000000)
    days, secs = divmod(secs, 86400)
    ordinal = days + _EPOCH_ORDINAL
    if not 1 <= ordinal <= _MAXORDINAL:
        raise ValueError("year is out of range")
    y, m, d = _ord2ymd(ordinal)
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss, us


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required. tzinfo may be None, or an
    instance of a tzinfo subclass. The remaining arguments may be ints.
    """

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour, doc="hour (0-23)")
    minute = property(lambda self: self._minute, doc="minute (0-59)")
    second = property(lambda self: self._second, doc="second (0-59)")
    microsecond = property(lambda self: self._microsecond, doc="microsecond (0-999999)")
    tzinfo = property(lambda self: self._tzinfo, doc="timezone info object")
    fold = property(lambda self: self._fold)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """Construct a datetime from a POSIX timestamp (like time.time()).

        A timezone info object may be passed in as well.
        """
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        "Construct a datetime from time.time() and optional time zone info."
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        "Construct a UTC datetime from time.time()."
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        "Construct a datetime from a given date and a given time."
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not " + type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not " + type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from a string in one of the ISO 8601 formats."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        try:
            separator_location = _find_isoformat_datetime_separator(date_string)
            dstr = date_string[0:separator_location]
            tstr = date_string[(separator_location + 1):]
            date_components = _parse_isoformat_date(dstr)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        if tstr or separator_location < len(date_string):
            try:
                time_components = _parse_isoformat_time(tstr)
            except ValueError:
                raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        else:
            time_components = [0, 0, 0, 0, None]
        return cls(*(date_components + _with_timezone(time_components)))

    def timetuple(self):
        "Return local time tuple compatible with time.localtime()."
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second,
                            self.weekday(), _days_before_month(self._year, self._month) + self._day, dst)

    def timestamp(self):
        "Return POSIX timestamp as float"
        if self._tzinfo is None:
            # Local time, which is UTC here.
            return (self - _EPOCH.replace(tzinfo=None)).total_seconds()
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        "Return UTC time tuple compatible with time.gmtime()."
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second,
                            self.weekday(), _days_before_month(self._year, self._month) + self._day, 0)

    def date(self):
        "Return the date part."
        return date(self._year, self._month, self._day)

    def time(self):
        "Return the time part, with tzinfo None."
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        "Return the time part, with same tzinfo."
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return a new datetime with new values for the specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = _LOCAL
        elif not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        mytz = self._tzinfo
        if mytz is None:
            mytz = _LOCAL
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = _LOCAL
                myoffset = mytz.utcoffset(self)
        if tz is mytz and self._tzinfo is not None:
            return self
        # Convert self to UTC, and attach the new time zone object.
        utc = (self - myoffset).replace(tzinfo=tz)
        # Convert from UTC to tz's local time.
        return tz.fromutc(utc)

    def ctime(self):
        "Return ctime() style string."
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[weekday - 1], _MONTHNAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        """Return the time formatted according to ISO.

        The full format looks like 'YYYY-MM-DD HH:MM:SS.mmmmmm'.
        By default, the fractional part is omitted if self.microsecond == 0.
        """
        s = ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        """Convert to formal string, for repr()."""
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = "%s(%s)" % (_qualified(type(self)), ", ".join(map(str, L)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        "Convert to string, for str()."
        return self.isoformat(sep=" ")

    @classmethod
    def strptime(cls, date_string, format):
        "string, format -> new datetime parsed from a string (like time.strptime())."
        fields = _strptime(date_string, format)
        return cls(*fields)

    def strftime(self, fmt):
        """Format using strftime()."""
        if not isinstance(fmt, str):
            raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
        offset = self.utcoffset()
        name = self.tzname() if self._tzinfo is not None else ""
        epoch = (self.toordinal() - _EPOCH_ORDINAL) * 86400 + self._hour * 3600 + self._minute * 60 + self._second
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self.weekday(), _days_before_month(self._year, self._month) + self._day,
                         offset, name, epoch)

    def utcoffset(self):
        """Return the timezone offset as timedelta positive east of UTC (negative west of
        UTC)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")
        return name

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta
        positive eastward) if DST is in effect.
        """
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset("dst", offset)
        return offset

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond),
                        (other._year, other._month, other._day, other._hour, other._minute, other._second,
                         other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2  # arbitrary non-zero value
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other  # this will take offsets into account
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __add__(self, other):
        "Add a datetime and a timedelta."
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute, seconds=self._second,
                          microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAXORDINAL:
            y, m, d = _ord2ymd(delta.days)
            return type(self)(y, m, d, hour, minute, second, delta.microseconds, self._tzinfo)
        raise OverflowError("date value out of range")

    __radd__ = __add__

    def __sub__(self, other):
        "Subtract two datetimes, or a datetime and a timedelta."
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2, self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._fold:
            t = self.replace(fold=0)
        else:
            t = self
        tzoff = t.utcoffset()
        if tzoff is None:
            return hash((t._year, t._month, t._day, t._hour, t._minute, t._second, t._microsecond))
        days = _ymd2ord(self._year, self._month, self._day)
        seconds = self._hour * 3600 + self._minute * 60 + self._second
        return hash(timedelta(days, seconds, self._microsecond) - tzoff)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ---- timezone ----

class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not " + type(offset).__name__)
        if name is None:
            if not offset and "utc" in _TZ_SINGLETONS:
                return _TZ_SINGLETONS["utc"]
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not " + type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             f"timedelta(hours=24), not {offset!r}.")
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        """pickle support"""
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        """Convert to formal string, for repr()."""
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_qualified(type(self)), self._offset)
        return "%s(%r, %r)" % (_qualified(type(self)), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance or None")

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname() argument must be a datetime instance or None")

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        if delta < timedelta(0):
            sign = "-"
            delta = -delta
        else:
            sign = "+"
        hours, rest = divmod(delta, timedelta(hours=1))
        minutes, rest = divmod(rest, timedelta(minutes=1))
        seconds = rest.seconds
        microseconds = rest.microseconds
        if microseconds:
            return f"UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}.{microseconds:06d}"
        if seconds:
            return f"UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}"
        return f"UTC{sign}{hours:02d}:{minutes:02d}"


_TZ_SINGLETONS = {}
timezone.utc = timezone(timedelta(0))
_TZ_SINGLETONS["utc"] = timezone.utc
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
# The local time zone: the host says none, so it is UTC, as CPython names it there.
_LOCAL = timezone(timedelta(0), "UTC")

_OWN_CLASSES = (timedelta, date, time, datetime, tzinfo, timezone)


# ---- strptime ----

# Each numeric directive: (the widths to try, longest first, and the values each allows).
_NUMERIC = {
    "d": ((2, 1, 31), (1, 1, 9)), "m": ((2, 1, 12), (1, 1, 9)), "H": ((2, 0, 23), (1, 0, 9)),
    "I": ((2, 1, 12), (1, 1, 9)), "M": ((2, 0, 59), (1, 0, 9)), "S": ((2, 0, 61), (1, 0, 9)),
    "y": ((2, 0, 99),), "Y": ((4, 0, 9999),), "G": ((4, 0, 9999),), "j": ((3, 1, 366), (2, 1, 99), (1, 1, 9)),
    "U": ((2, 0, 53), (1, 0, 9)), "W": ((2, 0, 53), (1, 0, 9)), "V": ((2, 1, 53), (1, 0, 9)),
    "w": ((1, 0, 6),), "u": ((1, 1, 7),), "f": ((6, 0, 999999), (5, 0, 99999), (4, 0, 9999), (3, 0, 999),
                                            (2, 0, 99), (1, 0, 9)),
}
_NAMES = {
    "a": [d.lower() for d in _DAYNAMES], "A": [d.lower() for d in _FULL_DAYNAMES],
    "b": [m.lower() for m in _MONTHNAMES[1:]], "B": [m.lower() for m in _FULL_MONTHNAMES[1:]],
    "p": ["am", "pm"], "Z": ["utc", "gmt"],
}
_EXPANSIONS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S", "h": "%b"}


def _tokens(fmt):
    """The format as a list of directives ("%d") and literal characters; whitespace
    matches any run of whitespace (" ")."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            if d in _EXPANSIONS:
                out.extend(_tokens(_EXPANSIONS[d]))
            elif d == "%":
                out.append("%")
            elif d in _NUMERIC or d in _NAMES or d == "z":
                out.append("%" + d)
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            i += 2
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(" ")
        else:
            out.append(c)
            i += 1
    return out


# The ways a directive matches at s[i:], best first: (end, value).
def _candidates(tok, s, i):
    d = tok[1]
    n = len(s)
    if d in _NUMERIC:
        for width, lo, hi in _NUMERIC[d]:
            part = s[i:i + width]
            if len(part) == width and all("0" <= c <= "9" for c in part) and lo <= int(part) <= hi:
                if d == "f":
                    yield i + width, int(part) * 10 ** (6 - width)
                else:
                    yield i + width, int(part)
        if d == "d" and s[i:i + 1] == " " and "1" <= s[i + 1:i + 2] <= "9":
            yield i + 2, int(s[i + 1])
        return
    if d == "z":
        if s[i:i + 1] == "Z":
            yield i + 1, 0
            return
        if s[i:i + 1] not in ("+", "-"):
            return
        sign = -1 if s[i] == "-" else 1
        j = i + 1
        if not (s[j:j + 2].isdigit() and len(s[j:j + 2]) == 2):
            return
        hours = int(s[j:j + 2])
        j += 2
        colon = s[j:j + 1] == ":"
        j += colon
        if not (len(s[j:j + 2]) == 2 and s[j:j + 2].isdigit() and s[j] <= "5"):
            return
        minutes = int(s[j:j + 2])
        j += 2
        seconds = 0
        micro = 0
        k = j + (s[j:j + 1] == ":")
        if len(s[k:k + 2]) == 2 and s[k:k + 2].isdigit() and s[k] <= "5":
            seconds = int(s[k:k + 2])
            j = k + 2
            if s[j:j + 1] == ".":
                m = j + 1
                while m < n and m < j + 7 and s[m].isdigit():
                    m += 1
                if m > j + 1:
                    micro = int(s[j + 1:m].ljust(6, "0"))
                    j = m
        yield j, sign * ((hours * 3600 + minutes * 60 + seconds) * 1000000 + micro)
        return
    names = _NAMES[d]
    low = s[i:].lower()
    if d == "Z":
        # A zone's name: its text, as written.
        for name in names:
            if low.startswith(name):
                yield i + len(name), s[i:i + len(name)]
        return
    found = []
    for k in range(len(names)):
        if low.startswith(names[k]):
            found.append((len(names[k]), k))
    found.sort(reverse=True)
    for length, k in found:
        yield i + length, k


def _match(tokens, t, s, i, found):
    if t == len(tokens):
        return i
    tok = tokens[t]
    if tok == " ":
        j = i
        while j < len(s) and s[j].isspace():
            j += 1
        if j == i:
            return -1
        return _match(tokens, t + 1, s, j, found)
    if len(tok) == 1:
        if s[i:i + 1].lower() == tok.lower():
            return _match(tokens, t + 1, s, i + 1, found)
        return -1
    for end, value in _candidates(tok, s, i):
        found.append((tok[1], value))
        r = _match(tokens, t + 1, s, end, found)
        if r >= 0:
            return r
        found.pop()
    return -1


def _strptime(data_string, format):
    if not isinstance(data_string, str):
        raise TypeError(f"strptime() argument 1 must be str, not {type(data_string).__name__}")
    if not isinstance(format, str):
        raise TypeError(f"strptime() argument 2 must be str, not {type(format).__name__}")
    tokens = _tokens(format)
    found = []
    # The first match, as a regular expression's: each directive's ways in order.
    end = _match(tokens, 0, data_string, 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])
    values = dict(found)
    has_weekday = "A" in values or "a" in values or "w" in values or "u" in values
    if "G" in values:
        if "j" in values:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
        if "V" not in values or not has_weekday:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
    elif "V" in values:
        if ("Y" not in values and "y" not in values) or not has_weekday:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO "
                         "year '%G' instead.")
    year = None
    if "Y" in values:
        year = values["Y"]
    elif "y" in values:
        year = values["y"] + (2000 if values["y"] <= 68 else 1900)
    month = values["b"] + 1 if "b" in values else values["B"] + 1 if "B" in values else values.get("m", 1)
    day = values.get("d", 1)
    hour = values.get("H", 0)
    if "I" in values:
        hour = values["I"]
        ampm = values.get("p")
        if ampm == 0:
            if hour == 12:
                hour = 0
        elif ampm == 1:
            if hour != 12:
                hour += 12
    minute = values.get("M", 0)
    second = values.get("S", 0)
    fraction = values.get("f", 0)
    weekday = None
    if "a" in values:
        weekday = values["a"]
    elif "A" in values:
        weekday = values["A"]
    elif "w" in values:
        weekday = (values["w"] - 1) % 7
    elif "u" in values:
        weekday = values["u"] - 1
    tz = None
    if "z" in values:
        delta = timedelta(microseconds=values["z"])
        tz = timezone(delta, values["Z"]) if values.get("Z") else timezone(delta)
    julian = values.get("j")
    if "G" in values:
        iso_year = values["G"]
        y, m, d = _isoweek_to_gregorian(iso_year, values["V"], weekday + 1)
        year, month, day = y, m, d
    elif year is None:
        year = 1900
    if julian is None and weekday is not None and ("U" in values or "W" in values):
        week_starts_mon = "W" in values
        week = values["W"] if week_starts_mon else values["U"]
        first_weekday = (_ymd2ord(year, 1, 1) + 6) % 7
        day_of_week = weekday
        if not week_starts_mon:
            first_weekday = (first_weekday + 1) % 7
            day_of_week = (day_of_week + 1) % 7
        week_0_length = (7 - first_weekday) % 7
        if week == 0:
            julian = 1 + day_of_week - first_weekday
        else:
            julian = 1 + week_0_length + 7 * (week - 1) + day_of_week
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None and "G" not in values:
        y, m, d = _ord2ymd(_ymd2ord(year, 1, 1) + julian - 1)
        year, month, day = y, m, d
    return [year, month, day, hour, minute, second, fraction, tz]
