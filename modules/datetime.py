# datetime — CPython 3.11's dates and times for Edge Python, in plain Python
# (modules/README.md): timedelta, date, time, datetime, tzinfo, timezone (utc and fixed
# offsets), with their arithmetic, comparisons, reprs, isoformat/fromisoformat,
# strftime (the directives of glibc's, as CPython on Linux prints them) and strptime.
#
# Written here from the library reference. A timedelta is one count of microseconds; a
# date is its fields, with the proleptic Gregorian ordinal (day 1 is 0001-01-01) as the
# currency of date arithmetic; a datetime adds a time of day, and an aware one compares
# and subtracts by its UTC value.
#
# The host gives the VM the time (time.time()) but no time zone, so local time is UTC:
# now(), today(), fromtimestamp() and astimezone() without a zone work in UTC, as
# CPython does on a machine whose zone is UTC. Names in messages and reprs say
# `datetime.date` as CPython's do; type errors from the VM name the class alone (`date`).

import time as _time

__all__ = ["date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC"]

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULL_MONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULL_DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ---- the calendar ----

_MONTH_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# _MONTH_STARTS[k]: the days of a common year before month k + 1.
_MONTH_STARTS = [0]
for _length in _MONTH_LENGTHS:
    _MONTH_STARTS.append(_MONTH_STARTS[-1] + _length)
del _length


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    return 29 if month == 2 and _is_leap(year) else _MONTH_LENGTHS[month - 1]


# Days from 0001-01-01 to the first of `month` in `year`.
def _days_before(year, month=1):
    past = year - 1
    leap_day = 1 if month > 2 and _is_leap(year) else 0
    return past * 365 + past // 4 - past // 100 + past // 400 + _MONTH_STARTS[month - 1] + leap_day


def _ordinal(year, month, day):
    return _days_before(year, month) + day


def _year_day(year, month, day):
    return _days_before(year, month) - _days_before(year) + day


# The (year, month, day) of an ordinal: the year guessed from the length of the average
# Gregorian year (146097 days in 400 years) and corrected by one at most, then the month
# counted off.
def _from_ordinal(n):
    year = (n - 1) * 400 // 146097 + 1
    while _days_before(year + 1) < n:
        year += 1
    while _days_before(year) >= n:
        year -= 1
    left = n - _days_before(year)
    month = 1
    while month < 12 and left > _days_before(year, month + 1) - _days_before(year):
        month += 1
    return year, month, left - (_days_before(year, month) - _days_before(year))


_MAX_ORDINAL = _ordinal(MAXYEAR, 12, 31)
_EPOCH_ORDINAL = _ordinal(1970, 1, 1)


def _weekday(n):
    # 0001-01-01 was a Monday (0).
    return (n + 6) % 7


# ISO 8601 weeks run Monday to Sunday; week 1 is the one that holds January 4th.
def _iso_week_one(year):
    jan4 = _ordinal(year, 1, 4)
    return jan4 - _weekday(jan4)


def _iso_calendar(year, month, day):
    n = _ordinal(year, month, day)
    if n >= _iso_week_one(year + 1):
        year += 1
    elif n < _iso_week_one(year):
        year -= 1
    week, weekday = divmod(n - _iso_week_one(year), 7)
    return year, week + 1, weekday + 1


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    # A year has 53 ISO weeks when 371 days separate its week 1 from the next year's.
    weeks = (_iso_week_one(year + 1) - _iso_week_one(year)) // 7
    if not 1 <= week <= weeks:
        raise ValueError(f"Invalid week: {week}")
    if not 1 <= day <= 7:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    return _from_ordinal(_iso_week_one(year) + (week - 1) * 7 + day - 1)


# ---- checking arguments, with CPython's messages ----

def _as_int(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


def _checked_date(year, month, day):
    if month is None:
        raise TypeError("function missing required argument 'month' (pos 2)")
    if day is None:
        raise TypeError("function missing required argument 'day' (pos 3)")
    year, month, day = _as_int(year), _as_int(month), _as_int(day)
    if year < MINYEAR or year > MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if month < 1 or month > 12:
        raise ValueError("month must be in 1..12")
    if day < 1 or day > _month_length(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


_TIME_LIMITS = (("hour", 23), ("minute", 59), ("second", 59), ("microsecond", 999999))


def _checked_time(hour, minute, second, microsecond, fold, zone):
    fields = [_as_int(v) for v in (hour, minute, second, microsecond)]
    for value, (name, top) in zip(fields, _TIME_LIMITS):
        if value < 0 or value > top:
            raise ValueError(f"{name} must be in 0..{top}")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    if zone is not None and not isinstance(zone, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(zone).__name__}'")
    return fields


# What a tzinfo method returned, checked: None or a timedelta of less than a day.
def _checked_offset(method, offset):
    if offset is not None:
        if not isinstance(offset, timedelta):
            raise TypeError(f"tzinfo.{method}() must return None or timedelta, not '{type(offset).__name__}'")
        if abs(offset._us) >= _US_PER_DAY:
            raise ValueError(f"offset must be a timedelta strictly between -timedelta(hours=24) and "
                             f"timedelta(hours=24), not {offset!r}.")
    return offset


# The name a repr gives a class: datetime.date for this module's own, the class's own
# module and name for a subclass.
def _qualified(cls):
    if cls in _OWN_CLASSES:
        return "datetime." + cls.__name__
    return cls.__module__ + "." + cls.__qualname__


# a / b rounded to the nearest int, a half to the even one.
def _round_div(a, b):
    quotient, rest = divmod(a, b)
    twice = 2 * rest
    if (twice > b if b > 0 else twice < b) or (twice == b and quotient % 2 == 1):
        quotient += 1
    return quotient


# The result of comparing two keys with the operator named `op`.
def _compared(op, a, b):
    if op == "eq":
        return a == b
    if op == "lt":
        return a < b
    if op == "le":
        return a <= b
    if op == "gt":
        return a > b
    return a >= b


# Gives cls the rich comparisons, each a call of cls._compare(other, op).
def _with_comparisons(cls):
    for op in ("eq", "lt", "le", "gt", "ge"):
        setattr(cls, "__%s__" % op, _comparison(op))
    return cls


def _comparison(op):
    return lambda self, other: self._compare(other, op)


# ---- formatting ----

_TIMESPEC_FIELDS = {"hours": 1, "minutes": 2, "seconds": 3, "milliseconds": 4, "microseconds": 4}


def _clock_text(hour, minute, second, microsecond, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec not in _TIMESPEC_FIELDS:
        raise ValueError("Unknown timespec value")
    text = ":".join(["%02d" % v for v in (hour, minute, second)[:_TIMESPEC_FIELDS[timespec]]])
    if timespec == "milliseconds":
        text += ".%03d" % (microsecond // 1000)
    elif timespec == "microseconds":
        text += ".%06d" % microsecond
    return text


# A UTC offset as +HH:MM, with :SS and .ffffff only when they are not zero.
def _offset_text(offset, sep=":"):
    if offset is None:
        return ""
    us = offset._us
    sign = "-" if us < 0 else "+"
    seconds, micro = divmod(abs(us), _US_PER_SECOND)
    minutes, second = divmod(seconds, 60)
    text = sign + "%02d" % (minutes // 60) + sep + "%02d" % (minutes % 60)
    if second or micro:
        text += sep + "%02d" % second
        if micro:
            text += ".%06d" % micro
    return text


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
            number = _iso_calendar(year, month, day)[0]
            size = 1
        elif d == "g":
            number = _iso_calendar(year, month, day)[0] % 100
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
            number = _iso_calendar(year, month, day)[1]
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
            text = _offset_text(utcoffset, "")
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




# ---- reading ISO 8601 (fromisoformat) ----
# Each reader raises ValueError for text it does not take; the callers turn that into
# CPython's one message, "Invalid isoformat string: '...'".

def _number(text, start, width):
    digits = text[start:start + width]
    if len(digits) != width or not all("0" <= c <= "9" for c in digits):
        raise ValueError("expected digits")
    return int(digits)


# A date: YYYY-MM-DD or YYYYMMDD, or an ISO week date YYYY-Www[-D] or YYYYWww[D]
# (the dash used throughout or not at all). Returns (year, month, day).
def _read_date(text):
    year = _number(text, 0, 4)
    dashed = text[4:5] == "-"
    at = 5 if dashed else 4

    def separator():
        nonlocal at
        if (text[at:at + 1] == "-") != dashed:
            raise ValueError("Inconsistent use of dash separator")
        at += 1 if dashed else 0

    if text[at:at + 1] == "W":
        week = _number(text, at + 1, 2)
        at += 3
        weekday = 1
        if at < len(text):
            separator()
            weekday = _number(text, at, 1)
            at += 1
        if at != len(text):
            raise ValueError("trailing text")
        return _from_iso_calendar(year, week, weekday)
    month = _number(text, at, 2)
    at += 2
    separator()
    day = _number(text, at, 2)
    if at + 2 != len(text):
        raise ValueError("trailing text")
    return year, month, day


# How many characters of a datetime string are its date: what follows is one separator
# character and the time. A week date is ambiguous in the basic format, where the digits
# of the weekday run into those of the time: an even run of digits after "YYYYW" has
# no weekday.
def _date_length(text):
    n = len(text)
    if n == 7:
        return 7
    if text[4] == "W":
        end = 7
        while end < n and "0" <= text[end] <= "9":
            end += 1
        if end < 9:
            return end
        return 8 if end % 2 else 7
    if text[4] != "-":
        return 8
    if text[5] != "W":
        return 10
    # YYYY-Www, then either -D or the separator.
    if n <= 8 or text[8] != "-":
        return 8
    if n == 9:
        raise ValueError("dangling dash")
    return 8 if n > 10 and "0" <= text[10] <= "9" else 10


# HH[:MM[:SS[.f...]]] or HHMMSS..., the fraction taken with "." or "," after any field
# (at most six digits are read; more digits are allowed and ignored). Returns [hour,
# minute, second, microsecond].
def _read_clock(text):
    fields = [0, 0, 0, 0]
    at = 0
    colons = False
    for k in range(3):
        if len(text) - at < 2:
            raise ValueError("Incomplete time component")
        fields[k] = _number(text, at, 2)
        at += 2
        mark = text[at:at + 1]
        if k == 0:
            colons = mark == ":"
        if not mark or k == 2 or mark in ".,":
            break
        if colons:
            if mark != ":":
                raise ValueError("Invalid time separator")
            at += 1
    if at < len(text):
        if text[at] not in ".,":
            raise ValueError("Invalid microsecond component")
        digits = text[at + 1:]
        if not digits:
            raise ValueError("Invalid microsecond component")
        kept = digits[:6]
        fields[3] = _number(kept, 0, len(kept)) * 10 ** (6 - len(kept))
        if not all("0" <= c <= "9" for c in digits[6:]):
            raise ValueError("Non-digit values in unparsed fraction")
    return fields


# A time with an optional zone: the clock, then Z, or +/- and an offset read as a clock.
# Returns [hour, minute, second, microsecond, zone], the zone None, timezone.utc, or a
# timedelta still to become a timezone (an offset of a day or more is timezone()'s
# error, not a malformed string).
def _read_time(text):
    if len(text) < 2:
        raise ValueError("Isoformat time too short")
    mark = -1
    for sign in "-+Z":
        mark = text.find(sign)
        if mark >= 0:
            break
    if mark < 0:
        return _read_clock(text) + [None]
    fields = _read_clock(text[:mark])
    zone_text = text[mark + 1:]
    if text[mark] == "Z":
        if zone_text:
            raise ValueError("Malformed time zone string")
        return fields + [timezone.utc]
    if len(zone_text) in (0, 1, 3):
        raise ValueError("Malformed time zone string")
    h, m, s, us = _read_clock(zone_text)
    offset = timedelta(hours=h, minutes=m, seconds=s, microseconds=us)
    if not offset:
        return fields + [timezone.utc]
    return fields + [-offset if text[mark] == "-" else offset]


def _zone_of(fields):
    if isinstance(fields[-1], timedelta):
        fields[-1] = timezone(fields[-1])
    return fields


def _iso_text(text):
    if not isinstance(text, str):
        raise TypeError("fromisoformat: argument must be str")
    return text


def _bad_iso(text):
    return ValueError(f"Invalid isoformat string: {text!r}")


# ---- timedelta ----

# Microseconds per unit of each timedelta() argument, in the order CPython reads them.
_UNITS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", _US_PER_SECOND), ("minutes", 60 * _US_PER_SECOND),
          ("hours", 3600 * _US_PER_SECOND), ("days", _US_PER_DAY), ("weeks", 7 * _US_PER_DAY))


# A float split into its whole part (an int) and the rest (a float of the same sign);
# the subtraction is exact.
def _split_float(x):
    whole = int(x)
    return whole, x - whole


# C's round(): halves away from zero.
def _round_away(x):
    whole, rest = _split_float(x)
    if rest >= 0.5:
        whole += 1
    elif rest <= -0.5:
        whole -= 1
    return float(whole)


# The microseconds timedelta() makes of its arguments, computed as CPython's C code
# computes them (so that floats round the same way): each int exactly; each float's
# whole part exactly, its fraction times the unit in float arithmetic, whose whole part
# is added and whose fractions are summed as floats; that sum is rounded at the end,
# halves to make the total even.
def _microseconds_of(values):
    total = 0
    leftover = 0.0
    for value, (unit, scale) in zip(values, _UNITS):
        if isinstance(value, int):
            total += value * scale
            continue
        if not isinstance(value, float):
            raise TypeError(f"unsupported type for timedelta {unit} component: {type(value).__name__}")
        whole, fraction = _split_float(value)
        total += whole * scale
        if fraction != 0.0:
            whole, fraction = _split_float(float(scale) * fraction)
            total += whole
            leftover += fraction
    if leftover:
        rounded = _round_away(leftover)
        if abs(rounded - leftover) == 0.5:
            odd = total & 1
            rounded = 2.0 * _round_away((leftover + odd) * 0.5) - odd
        total += int(rounded)
    return total


@_with_comparisons
class timedelta:
    """A duration: days, seconds and microseconds, normalized so that 0 <= seconds <
    86400 and 0 <= microseconds < 1000000 (only days may be negative)."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        us = _microseconds_of((microseconds, milliseconds, seconds, minutes, hours, days, weeks))
        return _delta(us, cls)

    days = property(lambda self: self._us // _US_PER_DAY)
    seconds = property(lambda self: self._us % _US_PER_DAY // _US_PER_SECOND)
    microseconds = property(lambda self: self._us % _US_PER_SECOND)

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._us / _US_PER_SECOND

    def __repr__(self):
        parts = ["%s=%d" % (name, value) for name, value in
                 (("days", self.days), ("seconds", self.seconds), ("microseconds", self.microseconds)) if value]
        return "%s(%s)" % (_qualified(type(self)), ", ".join(parts) or "0")

    def __str__(self):
        minutes, second = divmod(self.seconds, 60)
        text = "%d:%02d:%02d" % (minutes // 60, minutes % 60, second)
        if self.microseconds:
            text += ".%06d" % self.microseconds
        days = self.days
        if days:
            text = "%d day%s, " % (days, "" if abs(days) == 1 else "s") + text
        return text

    # ---- arithmetic, on the count of microseconds ----

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta(self._us + other._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta(self._us - other._us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta(other._us - self._us)
        return NotImplemented

    def __neg__(self):
        return _delta(-self._us)

    def __pos__(self):
        return _delta(self._us)

    def __abs__(self):
        return _delta(abs(self._us))

    # By a float: exactly, by the float's ratio, then rounded half to even.
    def __mul__(self, other):
        if isinstance(other, int):
            return _delta(self._us * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _delta(_round_div(self._us * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / other._us
        if isinstance(other, int):
            n, d = other, 1
        elif isinstance(other, float):
            n, d = other.as_integer_ratio()
        else:
            return NotImplemented
        if n == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        return _delta(_round_div(self._us * d, n))

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us // other._us
        if isinstance(other, int):
            return _delta(self._us // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta(self._us % other._us)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            quotient, rest = divmod(self._us, other._us)
            return quotient, _delta(rest)
        return NotImplemented

    # ---- comparisons ----

    def _compare(self, other, op):
        if isinstance(other, timedelta):
            return _compared(op, self._us, other._us)
        return NotImplemented

    def __hash__(self):
        return hash(self._us)

    def __bool__(self):
        return self._us != 0

    def __reduce__(self):
        return type(self), (self.days, self.seconds, self.microseconds)


# A timedelta of `us` microseconds (of class cls), or CPython's OverflowError.
def _delta(us, cls=timedelta):
    days = us // _US_PER_DAY
    if days > 999999999 or days < -999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
    made = object.__new__(cls)
    made._us = us
    return made


timedelta.min = timedelta(-999999999)
timedelta.max = _delta(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = timedelta(microseconds=1)


# ---- date ----

@_with_comparisons
class date:
    """A day of the proleptic Gregorian calendar: date(year, month, day)."""

    def __new__(cls, year, month=None, day=None):
        made = object.__new__(cls)
        made._year, made._month, made._day = _checked_date(year, month, day)
        return made

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    # ---- other constructors ----

    @classmethod
    def fromtimestamp(cls, t):
        """The date (UTC here) of a POSIX timestamp."""
        return cls(*_utc_fields(t)[:3])

    @classmethod
    def today(cls):
        """Today's date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of a proleptic Gregorian ordinal (0001-01-01 is 1)."""
        n = _as_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError(f"year {_from_ordinal(n)[0]} is out of range")
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """A date from YYYY-MM-DD, YYYYMMDD or an ISO week date."""
        text = _iso_text(date_string)
        if len(text) not in (7, 8, 10):
            raise _bad_iso(text)
        try:
            fields = _read_date(text)
        except ValueError:
            raise _bad_iso(text) from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO year, week and weekday (isocalendar() backwards)."""
        return cls(*_from_iso_calendar(year, week, day))

    # ---- what a date says about itself ----

    def toordinal(self):
        """The proleptic Gregorian ordinal (0001-01-01 is 1)."""
        return _ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Monday is 0, Sunday 6."""
        return _weekday(self.toordinal())

    def isoweekday(self):
        """Monday is 1, Sunday 7."""
        return _weekday(self.toordinal()) + 1

    def isocalendar(self):
        """(ISO year, week, weekday) with those names."""
        return _IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def timetuple(self):
        """A time.struct_time for midnight of this day."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                            _year_day(self._year, self._month, self._day), -1)

    def replace(self, year=None, month=None, day=None):
        """This date with the fields given changed."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    # ---- text ----

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_qualified(type(self)), self._year, self._month, self._day)

    def isoformat(self):
        """YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        """The day as the C library's ctime() writes it: 'Sun Mar 10 00:00:00 2024'."""
        return _ctime_text(self, 0, 0, 0)

    def strftime(self, fmt):
        """The date written by a strftime() format."""
        _need_str(fmt)
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(),
                         _year_day(self._year, self._month, self._day), None, "",
                         (self.toordinal() - _EPOCH_ORDINAL) * 86400)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        return self.strftime(fmt) if fmt else str(self)

    # ---- comparisons and arithmetic ----

    # A date compares with a date only; a datetime is not one for this purpose.
    def _compare(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _compared(op, self._key(), other._key())
        return NotImplemented

    def _key(self):
        return self._year, self._month, self._day

    def __hash__(self):
        return hash(self._key())

    # Adding a timedelta moves by its whole days (the rest is dropped).
    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        n = self.toordinal() + other.days
        if n < 1 or n > _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        return type(self)(*_from_ordinal(n))

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), self._key()


def _need_str(fmt):
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")


def _ctime_text(d, hour, minute, second):
    return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[d.weekday()], _MONTHNAMES[d._month], d._day, hour, minute,
                                              second, d._year)


# A tuple with names for its fields, printed as `prefix(name=value, ...)`: what
# isocalendar() and timetuple() return.
class _NamedFields:
    _names = ()
    _prefix = ""

    def __init__(self, *values):
        self._values = values

    def __getattr__(self, name):
        if name in type(self)._names:
            return self._values[type(self)._names.index(name)]
        raise AttributeError(f"'{self._prefix}' object has no attribute '{name}'")

    def __getitem__(self, i):
        return self._values[i]

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        return self._values == (other._values if isinstance(other, _NamedFields) else other)

    def __hash__(self):
        return hash(self._values)

    def __repr__(self):
        shown = ", ".join(["%s=%r" % pair for pair in zip(type(self)._names, self._values)])
        return self._prefix + "(" + shown + ")"


class _IsoCalendarDate(_NamedFields):
    _names = ("year", "week", "weekday")
    _prefix = "datetime.IsoCalendarDate"


class _struct_time(_NamedFields):
    _names = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")
    _prefix = "time.struct_time"


date.min = date(1, 1, 1)
date.max = date(MAXYEAR, 12, 31)
date.resolution = timedelta(days=1)


# ---- tzinfo ----

class tzinfo:
    """The base of time zones: a subclass says, for a datetime, its utcoffset(), dst()
    and tzname()."""

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """dt (a UTC time carrying this zone) as this zone's local time: UTC plus the
        standard offset, then plus the DST offset in effect at that local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        offset, saving = dt.utcoffset(), dt.dst()
        for got, method in ((offset, "utcoffset"), (saving, "dst")):
            if got is None:
                raise ValueError(f"fromutc() requires a non-None {method}() result")
        # Standard local time first; then the DST in effect at that time, asked again.
        standard = offset - saving
        local = dt + standard
        if standard:
            saving = local.dst()
            if saving is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return local + saving


# ---- time ----

# The time-of-day part shared by time and datetime: fields, zone queries, reprs.
class _Clock:
    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _set_clock(self, hour, minute, second, microsecond, zone, fold):
        self._hour, self._minute, self._second, self._microsecond = _checked_time(hour, minute, second,
                                                                                  microsecond, fold, zone)
        self._tzinfo, self._fold = zone, fold

    def _clock(self):
        return self._hour, self._minute, self._second, self._microsecond

    # What the zone says, for `subject` (the datetime, or None for a time).
    def _ask_zone(self, method, subject):
        if self._tzinfo is None:
            return None
        return _checked_offset(method, getattr(self._tzinfo, method)(subject))

    # The repr's tail: the zone and the fold, when there are.
    def _repr_tail(self):
        tail = ""
        if self._tzinfo is not None:
            tail += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            tail += ", fold=1"
        return tail

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        return self.strftime(fmt) if fmt else str(self)


@_with_comparisons
class time(_Clock):
    """A time of day, with an optional time zone: time(hour, minute, second,
    microsecond, tzinfo, *, fold)."""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        made = object.__new__(cls)
        made._set_clock(hour, minute, second, microsecond, tzinfo, fold)
        return made

    @classmethod
    def fromisoformat(cls, time_string):
        """A time from HH[:MM[:SS[.ffffff]]] with an optional zone (a leading T allowed)."""
        text = _iso_text(time_string)
        try:
            fields = _read_time(text[1:] if text.startswith("T") else text)
        except ValueError:
            raise _bad_iso(text) from None
        return cls(*_zone_of(fields))

    def utcoffset(self):
        return self._ask_zone("utcoffset", None)

    def dst(self):
        return self._ask_zone("dst", None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """This time with the fields given changed (tzinfo=None makes it naive)."""
        values = [old if new is None else new for old, new in zip(self._clock(), (hour, minute, second, microsecond))]
        return type(self)(*values, self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def isoformat(self, timespec="auto"):
        """HH:MM:SS.ffffff+HH:MM, the parts timespec asks for ("auto": no fraction when it
        is zero)."""
        return _clock_text(*self._clock(), timespec) + _offset_text(self.utcoffset())

    __str__ = isoformat

    def __repr__(self):
        shown = [self._hour, self._minute, self._second, self._microsecond]
        while len(shown) > 2 and shown[-1] == 0:
            shown.pop()
        return "%s(%s%s)" % (_qualified(type(self)), ", ".join(map(str, shown)), self._repr_tail())

    def strftime(self, fmt):
        """The time written by a strftime() format (the date part is 1900-01-01)."""
        _need_str(fmt)
        name = self.tzname() if self._tzinfo is not None else ""
        seconds = self._hour * 3600 + self._minute * 60 + self._second
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 0, 1,
                         self.utcoffset(), name, (_ordinal(1900, 1, 1) - _EPOCH_ORDINAL) * 86400 + seconds)

    # Times with the same zone compare as clocks; with different zones, as UTC clocks
    # (the offset taken off in whole minutes); a naive and an aware one are unequal and
    # do not order.
    def _minutes_key(self, offset):
        minutes = self._hour * 60 + self._minute - offset._us // (60 * _US_PER_SECOND)
        return minutes, self._second, self._microsecond

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _compared(op, self._clock(), other._clock())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            return _compared(op, self._clock(), other._clock())
        if mine is None or theirs is None:
            if op == "eq":
                return False
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _compared(op, self._minutes_key(mine), other._minutes_key(theirs))

    def __hash__(self):
        # Equal aware times (the same UTC clock) hash alike, whatever their zones.
        offset = self.utcoffset()
        if offset is None:
            return hash(self._clock())
        return hash(self._minutes_key(offset))

    def __bool__(self):
        return True

    def __reduce__(self):
        return type(self), self._clock() + (self._tzinfo,)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime ----

# (year, month, day, hour, minute, second, microsecond) of a POSIX timestamp in UTC,
# the microseconds rounded half to even.
def _utc_fields(t):
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if t in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        n, d = t.as_integer_ratio()
        us = _round_div(n * _US_PER_SECOND, d)
    else:
        us = _as_int(t) * _US_PER_SECOND
    days, us = divmod(us, _US_PER_DAY)
    n = days + _EPOCH_ORDINAL
    if n < 1 or n > _MAX_ORDINAL:
        raise ValueError(f"year {_from_ordinal(n)[0]} is out of range")
    seconds, micro = divmod(us, _US_PER_SECOND)
    return _from_ordinal(n) + (seconds // 3600, seconds // 60 % 60, seconds % 60, micro)


@_with_comparisons
class datetime(date, _Clock):
    """A date and a time of day, with an optional time zone: datetime(year, month, day,
    hour, minute, second, microsecond, tzinfo, *, fold)."""

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        made = object.__new__(cls)
        made._year, made._month, made._day = _checked_date(year, month, day)
        made._set_clock(hour, minute, second, microsecond, tzinfo, fold)
        return made

    # ---- other constructors ----

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The datetime of a POSIX timestamp: in tz, or naive local time (UTC here)."""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")
        made = cls(*_utc_fields(t), tz)
        return made if tz is None else tz.fromutc(made)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC datetime of a POSIX timestamp."""
        return cls(*_utc_fields(t))

    @classmethod
    def now(cls, tz=None):
        """The current time: in tz, or naive local time (UTC here)."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC time, naive."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of a date and a time (with the time's zone unless tzinfo is
        given)."""
        if not isinstance(date, _DATE):
            raise TypeError("combine() argument 1 must be datetime.date, not " + type(date).__name__)
        if not isinstance(time, _TIME):
            raise TypeError("combine() argument 2 must be datetime.time, not " + type(time).__name__)
        zone = time.tzinfo if tzinfo is True else tzinfo
        return cls(date.year, date.month, date.day, *time._clock(), zone, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """A datetime from an ISO date, then any one separator and an ISO time."""
        text = _iso_text(date_string)
        if len(text) < 7:
            raise _bad_iso(text)
        try:
            cut = _date_length(text)
            day = _read_date(text[:cut])
        except (ValueError, IndexError):
            raise _bad_iso(text) from None
        clock = [0, 0, 0, 0, None]
        if cut < len(text):
            try:
                clock = _read_time(text[cut + 1:])
            except ValueError:
                raise _bad_iso(text) from None
        return cls(*day, *_zone_of(clock))

    @classmethod
    def strptime(cls, date_string, format):
        """The datetime that date_string writes in format (as time.strptime reads it)."""
        return cls(*_strptime(date_string, format))

    # ---- parts and zone ----

    def date(self):
        return _DATE(self._year, self._month, self._day)

    def time(self):
        return _TIME(*self._clock(), fold=self._fold)

    def timetz(self):
        return _TIME(*self._clock(), self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return self._ask_zone("utcoffset", self)

    def dst(self):
        return self._ask_zone("dst", self)

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")
        return name

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """This datetime with the fields given changed (tzinfo=None makes it naive)."""
        old = self._key()
        new = (year, month, day, hour, minute, second, microsecond)
        values = [was if given is None else given for was, given in zip(old, new)]
        return type(self)(*values, self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        """The same moment as local time in tz (local time is UTC here)."""
        if tz is None:
            tz = _LOCAL
        elif not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        offset = self.utcoffset()
        source = self._tzinfo
        if offset is None:
            # A naive datetime is local time.
            source = _LOCAL
            offset = _LOCAL.utcoffset(self)
        if tz is source and self._tzinfo is not None:
            return self
        return tz.fromutc((self - offset).replace(tzinfo=tz))

    def timetuple(self):
        """A time.struct_time; tm_isdst from dst() (-1 when the zone does not say)."""
        saving = self.dst()
        flag = -1 if saving is None else (1 if saving else 0)
        return _struct_time(*self._key()[:6], self.weekday(), _year_day(self._year, self._month, self._day), flag)

    def utctimetuple(self):
        """A time.struct_time of the UTC time (tm_isdst 0)."""
        offset = self.utcoffset()
        moment = self - offset if offset else self
        return _struct_time(*moment._key()[:6], moment.weekday(),
                            _year_day(moment._year, moment._month, moment._day), 0)

    def timestamp(self):
        """The POSIX timestamp, as a float (a naive datetime is local time: UTC here)."""
        offset = self.utcoffset() or timedelta(0)
        return (self._total_us() - offset._us - _EPOCH_ORDINAL * _US_PER_DAY) / _US_PER_SECOND

    # ---- text ----

    def isoformat(self, sep="T", timespec="auto"):
        """YYYY-MM-DD, sep, then the time as time.isoformat writes it, with the offset."""
        day = "%04d-%02d-%02d" % (self._year, self._month, self._day)
        return day + sep + _clock_text(*self._clock(), timespec) + _offset_text(self.utcoffset())

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        shown = list(self._key())
        while len(shown) > 5 and shown[-1] == 0:
            shown.pop()
        return "%s(%s%s)" % (_qualified(type(self)), ", ".join(map(str, shown)), self._repr_tail())

    def ctime(self):
        return _ctime_text(self, self._hour, self._minute, self._second)

    def strftime(self, fmt):
        _need_str(fmt)
        name = self.tzname() if self._tzinfo is not None else ""
        epoch = (self._total_us() // _US_PER_SECOND) - _EPOCH_ORDINAL * 86400
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self.weekday(), _year_day(self._year, self._month, self._day),
                         self.utcoffset(), name, epoch)

    # ---- arithmetic and comparisons, on microseconds since 0001-01-01 ----

    def _key(self):
        return self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond

    def _total_us(self):
        seconds = ((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 + self._second
        return seconds * _US_PER_SECOND + self._microsecond

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        days, us = divmod(self._total_us() + other._us, _US_PER_DAY)
        if days < 1 or days > _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        seconds, micro = divmod(us, _US_PER_SECOND)
        return type(self)(*_from_ordinal(days), seconds // 3600, seconds // 60 % 60, seconds % 60, micro,
                          self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        gap = self._total_us() - other._total_us()
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if mine is not None:
                gap += theirs._us - mine._us
        return _delta(gap)

    # The same zone (or the same offset) compares wall clocks; different offsets compare
    # the UTC moments. Naive and aware are unequal and do not order; a datetime and a
    # plain date are unequal and do not order either.
    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if not isinstance(other, date):
                return NotImplemented
            if op == "eq":
                return False
            raise TypeError(f"can't compare {_qualified(type(self))} to {_qualified(type(other))}")
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if mine != theirs:
                if mine is None or theirs is None:
                    if op == "eq":
                        return False
                    raise TypeError("can't compare offset-naive and offset-aware datetimes")
                return _compared(op, (self - other)._us, 0)
        return _compared(op, self._key(), other._key())

    def __hash__(self):
        # fold does not change the hash; an aware datetime hashes its UTC moment.
        same = self.replace(fold=0) if self._fold else self
        offset = same.utcoffset()
        if offset is None:
            return hash(self._key())
        return hash(self._total_us() - offset._us)

    def __reduce__(self):
        return type(self), self._key() + (self._tzinfo,)


_DATE = date
_TIME = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(MAXYEAR, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ---- timezone ----

class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name: timezone(offset, name)."""

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not " + type(offset).__name__)
        if name is None:
            if not offset and _UTC:
                return _UTC[0]
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not " + type(name).__name__)
        if abs(offset._us) >= _US_PER_DAY:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             f"timedelta(hours=24), not {offset!r}.")
        made = tzinfo.__new__(cls)
        made._offset, made._name = offset, name
        return made

    # Each method takes a datetime or None, as CPython's do.
    def _takes(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f"{method}(dt) argument must be a datetime instance or None, not {type(dt).__name__}")

    def utcoffset(self, dt):
        self._takes(dt, "utcoffset")
        return self._offset

    def dst(self, dt):
        self._takes(dt, "dst")
        return None

    def tzname(self, dt):
        self._takes(dt, "tzname")
        return self._name if self._name is not None else _utc_name(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    # Zones are equal when their offsets are; the names do not count.
    def _compare(self, other, op):
        return _compared(op, self._offset, other._offset) if isinstance(other, timezone) else NotImplemented

    __eq__ = lambda self, other: self._compare(other, "eq")
    __hash__ = lambda self: hash(self._offset)

    def __repr__(self):
        if _UTC and self is _UTC[0]:
            return "datetime.timezone.utc"
        shown = repr(self._offset) if self._name is None else "%r, %r" % (self._offset, self._name)
        return "%s(%s)" % (_qualified(type(self)), shown)

    def __str__(self):
        return self.tzname(None)

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)


# The name of an unnamed fixed offset: UTC, or UTC+HH:MM with seconds and microseconds
# only when there are.
def _utc_name(offset):
    if not offset:
        return "UTC"
    return "UTC" + _offset_text(offset)


# timezone(timedelta(0)) without a name is timezone.utc itself.
_UTC = []
timezone.utc = timezone(timedelta(0))
_UTC.append(timezone.utc)
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc
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


# The directives' values, checked against each other as CPython checks them, made into
# datetime()'s arguments [year, month, day, hour, minute, second, microsecond, zone].
def _strptime(data_string, format):
    for position, (value, what) in enumerate(((data_string, "1"), (format, "2"))):
        if not isinstance(value, str):
            raise TypeError(f"strptime() argument {what} must be str, not {type(value).__name__}")
    tokens = _tokens(format)
    found = []
    # The first match, as a regular expression's: each directive's ways in order.
    end = _match(tokens, 0, data_string, 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])
    got = dict(found)
    _check_iso_directives(got)
    weekday = _weekday_of(got)
    if "Y" in got:
        year = got["Y"]
    elif "y" in got:
        # Two-digit years: 69-99 are the 1900s, 00-68 the 2000s (POSIX).
        year = got["y"] + (1900 if got["y"] >= 69 else 2000)
    else:
        year = 1900
    month = got.get("m", 1)
    for key in ("B", "b"):
        if key in got:
            month = got[key] + 1
    day = got.get("d", 1)
    if "G" in got:
        year, month, day = _from_iso_calendar(got["G"], got["V"], weekday + 1)
    else:
        yday = got.get("j")
        if yday is None and weekday is not None and ("U" in got or "W" in got):
            year, yday = _day_of_week_number(year, got, weekday)
        if yday is not None:
            year, month, day = _from_ordinal(_ordinal(year, 1, 1) + yday - 1)
    zone = None
    if "z" in got:
        offset = timedelta(microseconds=got["z"])
        zone = timezone(offset, got["Z"]) if got.get("Z") else timezone(offset)
    return [year, month, day, _hour_of(got), got.get("M", 0), got.get("S", 0), got.get("f", 0), zone]


def _check_iso_directives(got):
    with_weekday = any(key in got for key in "aAwu")
    if "G" in got:
        if "j" in got:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
        if "V" not in got or not with_weekday:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
    elif "V" in got:
        if ("Y" not in got and "y" not in got) or not with_weekday:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO "
                         "year '%G' instead.")


# Monday 0: from %a or %A (a position in the day names), %w (Sunday 0) or %u (Monday 1).
def _weekday_of(got):
    for key in ("a", "A"):
        if key in got:
            return got[key]
    if "w" in got:
        return (got["w"] + 6) % 7
    if "u" in got:
        return got["u"] - 1
    return None


# %I with %p: 12 AM is hour 0, 12 PM is 12, other PM hours add 12.
def _hour_of(got):
    if "I" not in got:
        return got.get("H", 0)
    hour = got["I"] % 12
    return hour + 12 if got.get("p") == 1 else (hour if got.get("p") == 0 else got["I"])


# The day of the year of a weekday in week %U (weeks from Sunday) or %W (from Monday):
# week 1 starts on the year's first such day, and week 0 is the days before it (counted
# from the week day of January 1st). A day that falls before January 1st belongs to the
# year before. Returns (year, day of the year).
def _day_of_week_number(year, got, weekday):
    from_monday = "W" in got
    week = got["W"] if from_monday else got["U"]
    shift = 0 if from_monday else 1
    first = (_weekday(_ordinal(year, 1, 1)) + shift) % 7
    day_in_week = (weekday + shift) % 7
    if week == 0:
        yday = 1 + day_in_week - first
    else:
        yday = 1 + (7 - first) % 7 + 7 * (week - 1) + day_in_week
    if yday <= 0:
        year -= 1
        yday += 366 if _is_leap(year) else 365
    return year, yday
