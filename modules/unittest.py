# unittest — unit testing for Edge Python in plain Python (modules/README.md), written
# here from the behaviour CPython 3.11's library reference documents: TestCase with its
# assert methods and their failure messages (diffs from difflib and pprint), fixtures,
# cleanups, subTest and skips; the skip/skipIf/skipUnless/expectedFailure decorators;
# TestSuite, TestLoader, TestResult, TextTestRunner and main(), whose report (dots or
# one line a test, the failures, "Ran N tests in T", OK or FAILED (...)) is CPython's.
#
# Where Edge Python differs:
#  - main() runs the TestCase subclasses the program defined, by the order of their
#    names (the VM has no sys.modules['__main__'] to look through; every TestCase
#    subclass is remembered as it is made).
#  - A failure's report shows the exception line but not the traceback above it: Python
#    code cannot read a traceback's frames here yet.
#  - assertRegex and friends use the small regular-expression matcher below (there is no
#    re module yet): literals, ., classes, \d \w \s \b, anchors, groups, | and the greedy
#    and lazy quantifiers. assertWarns, assertLogs and unittest.mock are missing.

import difflib
import pprint
import sys
import time

__all__ = ["TestResult", "TestCase", "TestSuite", "TextTestRunner", "TestLoader", "FunctionTestCase", "main",
           "defaultTestLoader", "SkipTest", "skip", "skipIf", "skipUnless", "expectedFailure", "TextTestResult",
           "addModuleCleanup", "doModuleCleanups", "enterModuleContext"]


# ---- how values and exceptions are shown in messages ----

def _show(value):
    # A repr that cannot fail: a broken __repr__ must not hide the failure being reported.
    try:
        return repr(value)
    except Exception:
        return object.__repr__(value)


# Messages compare two reprs; when they are long, the part they share is cut to its first
# five characters and a "[N chars]" count, and if that is still too long each tail is cut
# after 41 characters to a "[N chars]" and its last five. A cut is made only where it saves
# more than the 12 characters a placeholder can take.
_LINE = 80
_TAIL_KEEP = _LINE - (5 + 12 + 5 + 12 + 5)


def _elide(text, head, tail):
    cut = len(text) - head - tail
    if cut <= 12:
        return text
    return text[:head] + "[%d chars]" % cut + text[len(text) - tail:]


def _shared_start(texts):
    first = texts[0]
    n = 0
    while n < len(first) and all(n < len(t) and t[n] == first[n] for t in texts[1:]):
        n += 1
    return first[:n]


def _short_pair(*values):
    shown = [_show(v) for v in values]
    longest = max(len(s) for s in shown)
    if longest <= _LINE:
        return tuple(shown)
    shared = _shared_start(shown)
    n = len(shared)
    room = _LINE - (longest - n + 5 + 12)
    if room > 5:
        start = _elide(shared, 5, room)
        return tuple(start + s[n:] for s in shown)
    start = _elide(shared, 5, 5)
    return tuple(start + _elide(s[n:], _TAIL_KEEP, 5) for s in shown)


# This module's classes live in unittest.case, .suite, ... in CPython (the VM says every
# class is __main__'s); their ids and reports use those names.
_HOME = {}


def strclass(cls):
    return "%s.%s" % (_HOME.get(cls, cls.__module__), cls.__qualname__)


def _exception_line(exc):
    # The last lines of a traceback: the class (module-qualified unless builtin or the
    # program's own), the message, and any notes.
    kind = type(exc)
    name = kind.__qualname__
    home = _HOME.get(kind, kind.__module__)
    if home not in ("builtins", "__main__"):
        name = home + "." + name
    text = str(exc)
    out = name + ": " + text if text else name
    for note in getattr(exc, "__notes__", None) or ():
        out += "\n" + str(note)
    return out + "\n"


# ---- a small regular-expression matcher for the assertRegex family ----

class _Found:
    def __init__(self, text, start, end):
        self.string = text
        self._span = (start, end)

    def start(self):
        return self._span[0]

    def end(self):
        return self._span[1]

    def span(self):
        return self._span

    def group(self, n=0):
        return self.string[self._span[0]:self._span[1]]


def _is_word(c):
    return c.isalnum() or c == "_"


_CLASS_ESCAPES = {"d": lambda c: c.isdecimal(), "D": lambda c: not c.isdecimal(), "w": _is_word,
                  "W": lambda c: not _is_word(c), "s": lambda c: c.isspace(), "S": lambda c: not c.isspace()}
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "0": "\0"}


class _Regex:
    # The pattern becomes a tree of tuples, matched by backtracking with continuations:
    # each node is tried at a position and hands every way it can end to what follows.

    def __init__(self, pattern):
        self.pattern = pattern
        self._text = pattern
        self._pos = 0
        tree = self._either()
        if self._pos < len(pattern):
            raise ValueError("unbalanced parenthesis at position %d" % self._pos)
        self._tree = tree

    def _peek(self):
        return self._text[self._pos] if self._pos < len(self._text) else ""

    def _either(self):
        branches = [self._sequence()]
        while self._peek() == "|":
            self._pos += 1
            branches.append(self._sequence())
        return branches[0] if len(branches) == 1 else ("or", branches)

    def _sequence(self):
        items = []
        while self._peek() not in ("", "|", ")"):
            atom = self._atom()
            items.append(self._quantified(atom))
        return ("seq", items)

    def _quantified(self, atom):
        c = self._peek()
        bounds = None
        if c == "*":
            bounds = (0, None)
        elif c == "+":
            bounds = (1, None)
        elif c == "?":
            bounds = (0, 1)
        elif c == "{":
            close = self._text.find("}", self._pos)
            inside = self._text[self._pos + 1:close] if close > 0 else ""
            low, comma, high = inside.partition(",")
            numbers_ok = (low == "" or low.isdigit()) and (high == "" or high.isdigit())
            # "{" that does not start a count ("{x}", "{}") is an ordinary character.
            if close > 0 and numbers_ok and (low or comma):
                bounds = (int(low) if low else 0, (int(high) if high else None) if comma else int(low))
                self._pos = close
        if bounds is None:
            return atom
        self._pos += 1
        greedy = True
        if self._peek() == "?":
            greedy = False
            self._pos += 1
        return ("rep", atom, bounds[0], bounds[1], greedy)

    def _atom(self):
        c = self._peek()
        self._pos += 1
        if c == ".":
            return ("one", lambda ch: ch != "\n")
        if c == "^":
            return ("at", "start")
        if c == "$":
            return ("at", "end")
        if c == "(":
            if self._text.startswith("?:", self._pos):
                self._pos += 2
            elif self._text.startswith("?P<", self._pos):
                self._pos = self._text.index(">", self._pos) + 1
            inner = self._either()
            if self._peek() != ")":
                raise ValueError("missing ), unterminated subpattern")
            self._pos += 1
            return inner
        if c == "[":
            return ("one", self._set())
        if c == "\\":
            return self._escape(False)
        if c in "*+?":
            raise ValueError("nothing to repeat at position %d" % (self._pos - 1))
        return ("one", lambda ch, want=c: ch == want)

    def _escape(self, in_set):
        c = self._peek()
        self._pos += 1
        if c in _CLASS_ESCAPES:
            return ("one", _CLASS_ESCAPES[c])
        if not in_set and c in "bBAZ":
            return ("at", c)
        want = _CHAR_ESCAPES.get(c, c)
        return ("one", lambda ch: ch == want)

    def _set(self):
        negate = self._peek() == "^"
        if negate:
            self._pos += 1
        tests = []
        first = True
        while True:
            c = self._peek()
            if c == "":
                raise ValueError("unterminated character set")
            if c == "]" and not first:
                self._pos += 1
                break
            first = False
            if c == "\\":
                self._pos += 1
                tests.append(self._escape(True)[1])
                continue
            self._pos += 1
            if self._peek() == "-" and self._pos + 1 < len(self._text) and self._text[self._pos + 1] != "]":
                high = self._text[self._pos + 1]
                self._pos += 2
                tests.append(lambda ch, lo=c, hi=high: lo <= ch <= hi)
            else:
                tests.append(lambda ch, want=c: ch == want)
        if negate:
            return lambda ch: not any(t(ch) for t in tests)
        return lambda ch: any(t(ch) for t in tests)

    def _try(self, node, s, i, then):
        kind = node[0]
        if kind == "one":
            if i < len(s) and node[1](s[i]):
                return then(i + 1)
            return None
        if kind == "seq":
            items = node[1]

            def step(j, k):
                if k == len(items):
                    return then(j)
                return self._try(items[k], s, j, lambda e: step(e, k + 1))

            return step(i, 0)
        if kind == "or":
            for branch in node[1]:
                end = self._try(branch, s, i, then)
                if end is not None:
                    return end
            return None
        if kind == "rep":
            return self._repeat(node, s, i, 0, then)
        where = node[1]
        if where == "start" or where == "A":
            ok = i == 0
        elif where == "end":
            ok = i == len(s) or (i == len(s) - 1 and s[i] == "\n")
        elif where == "Z":
            ok = i == len(s)
        else:
            before = i > 0 and _is_word(s[i - 1])
            after = i < len(s) and _is_word(s[i])
            ok = (before != after) == (where == "b")
        return then(i) if ok else None

    def _repeat(self, node, s, i, count, then):
        _, body, low, high, greedy = node
        more_allowed = high is None or count < high

        def again(e):
            # A pass that consumed nothing would loop for ever: it ends the repetition.
            return None if e == i else self._repeat(node, s, e, count + 1, then)

        if greedy:
            if more_allowed:
                end = self._try(body, s, i, again)
                if end is not None:
                    return end
            return then(i) if count >= low else None
        if count >= low:
            end = then(i)
            if end is not None:
                return end
        return self._try(body, s, i, again) if more_allowed else None

    def search(self, text):
        for start in range(len(text) + 1):
            end = self._try(self._tree, text, start, lambda e: e)
            if end is not None:
                return _Found(text, start, end)
        return None


def _regex(pattern):
    return _Regex(pattern) if isinstance(pattern, str) else pattern


# ---- the exceptions that steer a test ----

class SkipTest(Exception):
    pass


class _StopTest(Exception):
    # Raised by subTest to end the test once failfast has been asked for.
    pass


# ---- decorators ----

def skip(reason):
    def mark(item):
        if not isinstance(item, type):
            def skipped(*args, **kwargs):
                raise SkipTest(reason)

            skipped.__name__ = getattr(item, "__name__", "skipped")
            skipped.__doc__ = getattr(item, "__doc__", None)
            item = skipped
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item

    # @skip used bare: the reason is the function, and there is no text to give.
    if callable(reason) and not isinstance(reason, str):
        item, reason = reason, ""
        return mark(item)
    return mark


def _unchanged(item):
    return item


def skipIf(condition, reason):
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---- one run of a test: its parts and what they ended with ----

class _Run:
    # Lives while one TestCase runs. Each part (setUp, the test, tearDown, a subtest) runs
    # inside part(); `clean` says whether every part so far went well.

    def __init__(self, result):
        self.result = result
        self.clean = True
        self.expecting_failure = False
        self.expected_failure = None
        self.subtests_reported = hasattr(result, "addSubTest")

    def part(self, test, subtest=False):
        return _Part(self, test, subtest)


class _Part:
    def __init__(self, run, test, subtest):
        self.run = run
        self.test = test
        self.subtest = subtest

    def __enter__(self):
        self.was_clean = self.run.clean
        self.run.clean = True
        return self

    def __exit__(self, kind, exc, tb):
        run = self.run
        if kind is None:
            if self.subtest and run.clean:
                run.result.addSubTest(self.test.test_case, self.test, None)
        elif issubclass(kind, KeyboardInterrupt):
            run.clean = run.clean and self.was_clean
            return False
        elif issubclass(kind, SkipTest):
            run.clean = False
            _report_skip(run.result, self.test, str(exc))
        elif issubclass(kind, _StopTest):
            pass
        elif run.expecting_failure:
            run.expected_failure = (kind, exc, None)
        else:
            run.clean = False
            err = (kind, exc, None)
            if self.subtest:
                run.result.addSubTest(self.test.test_case, self.test, err)
            elif issubclass(kind, self.test.failureException):
                run.result.addFailure(self.test, err)
            else:
                run.result.addError(self.test, err)
        run.clean = run.clean and self.was_clean
        return True


def _report_skip(result, test, reason):
    if hasattr(result, "addSkip"):
        result.addSkip(test, reason)
    else:
        result.addSuccess(test)


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        case = self.case
        self.outer = case._subtest
        run = case._outcome
        self.part = None
        if run is None or not run.subtests_reported:
            return None
        params = dict(self.outer.params) if self.outer is not None else {}
        params.update(self.params)
        case._subtest = _SubTest(case, self.msg, params)
        self.part = run.part(case._subtest, subtest=True)
        self.part.__enter__()
        return None

    def __exit__(self, kind, exc, tb):
        case = self.case
        if self.part is None:
            return False
        try:
            swallowed = self.part.__exit__(kind, exc, tb)
            run = case._outcome
            if not run.clean:
                if run.result is not None and run.result.failfast:
                    raise _StopTest
            elif run.expected_failure is not None:
                raise _StopTest
            return swallowed
        finally:
            case._subtest = self.outer


_NO_MESSAGE = object()


# ---- TestCase ----

_test_case_classes = []


class _AssertRaises:
    # assertRaises as a context manager: checks on exit what the block raised.

    def __init__(self, expected, case, pattern=None, callable_name=None, msg=None):
        self.expected = expected
        self.case = case
        self.pattern = _regex(pattern) if pattern is not None else None
        self.callable_name = callable_name
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if kind is None:
            name = getattr(self.expected, "__name__", None) or str(self.expected)
            if self.callable_name:
                self._fail("%s not raised by %s" % (name, self.callable_name))
            self._fail("%s not raised" % name)
        if not issubclass(kind, self.expected):
            return False
        self.exception = exc
        if self.pattern is not None and not self.pattern.search(str(exc)):
            self._fail('"%s" does not match "%s"' % (self.pattern.pattern, str(exc)))
        return True

    def _fail(self, text):
        raise self.case.failureException(self.case._formatMessage(self.msg, text))


def _count_differences(first, second):
    # (count in first, count in second, item) for every item whose counts differ, in the
    # order items first appear: first's, then those only second has. Items need not be
    # hashable, so equal items are gathered by comparing.
    groups = []
    for side, items in ((0, first), (1, second)):
        for item in items:
            for group in groups:
                if group[2] is item or group[2] == item:
                    group[side] += 1
                    break
            else:
                entry = [0, 0, item]
                entry[side] = 1
                groups.append(entry)
    return [(a, b, item) for a, b, item in groups if a != b]


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # Strings longer than this are compared without a diff (it would take too long).
    _diffThreshold = 2 ** 16
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._classSetupFailed = False
        cls._class_cleanups = []
        _test_case_classes.append(cls)

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._outcome = None
        self._subtest = None
        self._cleanups = []
        self._testMethodDoc = "No test"
        method = getattr(self, methodName, None)
        if method is not None:
            self._testMethodDoc = getattr(getattr(method, "__func__", method), "__doc__", None)
        elif methodName != "runTest":
            raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        self._type_equality_funcs = {dict: "assertDictEqual", list: "assertListEqual", tuple: "assertTupleEqual",
                                     set: "assertSetEqual", frozenset: "assertSetEqual", str: "assertMultiLineEqual"}

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    # -- fixtures and cleanups --

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        entered = type(cm).__enter__(cm)
        self.addCleanup(type(cm).__exit__, cm, None, None, None)
        return entered

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        entered = type(cm).__enter__(cm)
        cls.addClassCleanup(type(cm).__exit__, cm, None, None, None)
        return entered

    def doCleanups(self):
        # Each cleanup runs as a part of its own, so one failing does not stop the others.
        run = self._outcome
        if run is None:
            _unwind(self._cleanups, None)
            return True

        def guarded(call):
            with run.part(self):
                call()

        _unwind(self._cleanups, None, guarded)
        return run.clean

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        _unwind(cls._class_cleanups, lambda exc: cls.tearDown_exceptions.append((type(exc), exc, None)))

    # -- names --

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def id(self):
        return strclass(self.__class__) + "." + self._testMethodName

    def shortDescription(self):
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split("\n")[0].strip()

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    # Two cases are the same test when they are of one class and name one method.
    def __eq__(self, other):
        same_kind = type(self) is type(other)
        return self._testMethodName == other._testMethodName if same_kind else NotImplemented

    def __hash__(self):
        return hash((self._testMethodName, type(self)))

    # -- running --

    def subTest(self, msg=_NO_MESSAGE, **params):
        return _SubTestContext(self, msg, params)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result=None):
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            getattr(result, "startTestRun", _nothing)()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            # The marks are on the function (a bound method does not show them here).
            marked = getattr(method, "__func__", method)
            cls = self.__class__
            if getattr(cls, "__unittest_skip__", False) or getattr(marked, "__unittest_skip__", False):
                why = getattr(cls, "__unittest_skip_why__", "") or getattr(marked, "__unittest_skip_why__", "")
                _report_skip(result, self, why)
                return result
            expecting = getattr(self, "__unittest_expecting_failure__", False) or \
                getattr(marked, "__unittest_expecting_failure__", False)
            run = _Run(result)
            self._outcome = run
            try:
                with run.part(self):
                    self.setUp()
                if run.clean:
                    run.expecting_failure = expecting
                    with run.part(self):
                        method()
                    run.expecting_failure = False
                    with run.part(self):
                        self.tearDown()
                self.doCleanups()
                if run.clean:
                    if not expecting:
                        result.addSuccess(self)
                    elif run.expected_failure is not None:
                        result.addExpectedFailure(self, run.expected_failure)
                    else:
                        result.addUnexpectedSuccess(self)
                return result
            finally:
                self._outcome = None
        finally:
            result.stopTest(self)
            if own_result:
                getattr(result, "stopTestRun", _nothing)()

    def debug(self):
        # Runs the test without a result, so that an exception propagates.
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        _unwind(self._cleanups, None)

    # -- the assert methods --

    def _formatMessage(self, msg, standardMsg):
        if msg is None:
            return standardMsg
        if not self.longMessage:
            return msg
        return "%s : %s" % (standardMsg, msg)

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + "\nDiff is %d characters long. Set self.maxDiff to None to see it." % len(diff)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _failed(self, msg, standard):
        raise self.failureException(self._formatMessage(msg, standard))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._failed(msg, "%s is not true" % _show(expr))

    def assertFalse(self, expr, msg=None):
        if expr:
            self._failed(msg, "%s is not false" % _show(expr))

    def assertEqual(self, first, second, msg=None):
        check = self._baseAssertEqual
        if type(first) is type(second):
            named = self._type_equality_funcs.get(type(first))
            if named is not None:
                check = getattr(self, named) if isinstance(named, str) else named
        check(first, second, msg=msg)

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._failed(msg, "%s != %s" % _short_pair(first, second))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._failed(msg, "%s == %s" % (_show(first), _show(second)))

    def _closeness(self, first, second, places, delta):
        # (close, difference, places): close by delta when one is given, else when the
        # difference rounds to zero at `places` decimals (7 unless said).
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        if first == second:
            return True, 0, 7 if places is None else places
        gap = abs(first - second)
        if delta is not None:
            return gap <= delta, gap, None
        places = 7 if places is None else places
        return round(gap, places) == 0, gap, places

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        close, gap, places = self._closeness(first, second, places, delta)
        if close:
            return
        if delta is None:
            tolerance = "%r places" % places
        else:
            tolerance = "%s delta" % _show(delta)
        self._failed(msg, "%s != %s within %s (%s difference)" % (_show(first), _show(second), tolerance, _show(gap)))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        close, gap, places = self._closeness(first, second, places, delta)
        if not close:
            return
        if delta is None:
            self._failed(msg, "%s == %s within %r places" % (_show(first), _show(second), places))
        self._failed(msg, "%s == %s within %s delta (%s difference)" % (_show(first), _show(second), _show(delta),
                                                                      _show(gap)))

    def _compare(self, ok, msg, template, first, second):
        if not ok:
            self._failed(msg, template % (_show(first), _show(second)))

    def assertLess(self, a, b, msg=None):
        self._compare(a < b, msg, "%s not less than %s", a, b)

    def assertLessEqual(self, a, b, msg=None):
        self._compare(a <= b, msg, "%s not less than or equal to %s", a, b)

    def assertGreater(self, a, b, msg=None):
        self._compare(a > b, msg, "%s not greater than %s", a, b)

    def assertGreaterEqual(self, a, b, msg=None):
        self._compare(a >= b, msg, "%s not greater than or equal to %s", a, b)

    def assertIs(self, expr1, expr2, msg=None):
        self._compare(expr1 is expr2, msg, "%s is not %s", expr1, expr2)

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._failed(msg, "unexpectedly identical: %s" % _show(expr1))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._failed(msg, "%s is not None" % _show(obj))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._failed(msg, "unexpectedly None")

    def assertIn(self, member, container, msg=None):
        self._compare(member in container, msg, "%s not found in %s", member, container)

    def assertNotIn(self, member, container, msg=None):
        self._compare(member not in container, msg, "%s unexpectedly found in %s", member, container)

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._failed(msg, "%s is not an instance of %r" % (_show(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._failed(msg, "%s is an instance of %r" % (_show(obj), cls))

    def _diff_of(self, first, second):
        return "\n" + "\n".join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                              pprint.pformat(second).splitlines()))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        kind = "sequence"
        if seq_type is not None:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                self.fail(self._formatMessage(msg, "First sequence is not a %s: %s" % (kind, _show(seq1))))
            if not isinstance(seq2, seq_type):
                self.fail(self._formatMessage(msg, "Second sequence is not a %s: %s" % (kind, _show(seq2))))
        if seq1 == seq2:
            return
        sizes = []
        for label, seq in (("First", seq1), ("Second", seq2)):
            try:
                sizes.append(len(seq))
            except (TypeError, NotImplementedError):
                self.fail(self._formatMessage(msg, "%s %s has no length.    Non-sequence?" % (label, kind)))
        len1, len2 = sizes
        text = "%ss differ: %s != %s\n" % ((kind.capitalize(),) + _short_pair(seq1, seq2))
        # Name the first place they part, or what the longer one has beyond the other.
        for i in range(min(len1, len2)):
            try:
                a = seq1[i]
            except (TypeError, IndexError, NotImplementedError):
                text += "\nUnable to index element %d of first %s\n" % (i, kind)
                break
            try:
                b = seq2[i]
            except (TypeError, IndexError, NotImplementedError):
                text += "\nUnable to index element %d of second %s\n" % (i, kind)
                break
            if a != b:
                text += "\nFirst differing element %d:\n%s\n%s\n" % ((i,) + _short_pair(a, b))
                break
        else:
            if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                return
        if len1 != len2:
            longer, shorter, which = (seq1, len2, "First") if len1 > len2 else (seq2, len1, "Second")
            text += "\n%s %s contains %d additional elements.\n" % (which, kind, abs(len1 - len2))
            try:
                text += "First extra element %d:\n%s\n" % (shorter, _show(longer[shorter]))
            except (TypeError, IndexError, NotImplementedError):
                text += "Unable to index element %d of %s %s\n" % (shorter, which.lower(), kind)
        text = self._truncateMessage(text, self._diff_of(seq1, seq2))
        self.fail(self._formatMessage(msg, text))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def _set_minus(self, a, b, which):
        try:
            return a.difference(b)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("%s argument does not support set difference: %s" % (which, e))

    def assertSetEqual(self, set1, set2, msg=None):
        only1 = self._set_minus(set1, set2, "first")
        only2 = self._set_minus(set2, set1, "second")
        if not only1 and not only2:
            return
        lines = []
        for heading, items in (("Items in the first set but not the second:", only1),
                               ("Items in the second set but not the first:", only2)):
            if items:
                lines.append(heading)
                lines.extend(repr(item) for item in items)
        self.fail(self._formatMessage(msg, "\n".join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        if d1 != d2:
            text = self._truncateMessage("%s != %s" % _short_pair(d1, d2), self._diff_of(d1, d2))
            self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        lines1 = first.splitlines(True)
        lines2 = second.splitlines(True)
        # One line without an ending on each side: compare them as lines all the same.
        if len(lines1) == 1 and first.strip("\r\n") == first:
            lines1 = [first + "\n"]
            lines2 = [second + "\n"]
        diff = "\n" + "".join(difflib.ndiff(lines1, lines2))
        text = self._truncateMessage("%s != %s" % _short_pair(first, second), diff)
        self.fail(self._formatMessage(msg, text))

    def assertCountEqual(self, first, second, msg=None):
        differences = _count_differences(list(first), list(second))
        if differences:
            lines = ["First has %d, Second has %d:  %r" % d for d in differences]
            text = self._truncateMessage("Element counts were not equal:\n", "\n".join(lines))
            self.fail(self._formatMessage(msg, text))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        absent = [_show(k) for k in subset if k not in dictionary]
        unequal = ["%s, expected: %s, actual: %s" % (_show(k), _show(v), _show(dictionary[k]))
                   for k, v in subset.items() if k in dictionary and v != dictionary[k]]
        problems = []
        if absent:
            problems.append("Missing: " + ",".join(absent))
        if unequal:
            problems.append("Mismatched values: " + ",".join(unequal))
        if problems:
            self.fail(self._formatMessage(msg, "; ".join(problems)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        return self._raises(expected_exception, None, args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return self._raises(expected_exception, expected_regex, args, kwargs)

    def _raises(self, expected, pattern, args, kwargs):
        if not args:
            return _AssertRaises(expected, self, pattern, msg=kwargs.pop("msg", None))
        function = args[0]
        name = getattr(function, "__name__", None) or str(function)
        with _AssertRaises(expected, self, pattern, callable_name=name):
            function(*args[1:], **kwargs)
        return None

    def assertRegex(self, text, expected_regex, msg=None):
        pattern = _regex(expected_regex)
        if not pattern.search(text):
            self._failed(msg, "Regex didn't match: %r not found in %r" % (pattern.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        pattern = _regex(unexpected_regex)
        found = pattern.search(text)
        if found:
            self._failed(msg, "Regex matched: %r matches %r in %r" % (text[found.start():found.end()],
                                                                      pattern.pattern, text))

    # The old names 3.11 still answers to.
    failUnlessEqual = assertEquals = assertEqual
    failIfEqual = assertNotEquals = assertNotEqual
    failUnlessAlmostEqual = assertAlmostEquals = assertAlmostEqual
    failIfAlmostEqual = assertNotAlmostEquals = assertNotAlmostEqual
    failUnless = assert_ = assertTrue
    failIf = assertFalse
    failUnlessRaises = assertRaises
    assertRaisesRegexp = assertRaisesRegex
    assertRegexpMatches = assertRegex
    assertNotRegexpMatches = assertNotRegex


def _nothing():
    pass


def _unwind(stack, on_error, runner=None):
    # Runs a stack of (function, args, kwargs) cleanups, the last added first. An
    # exception goes to on_error when given (and the rest still run), else it propagates.
    while stack:
        function, args, kwargs = stack.pop()
        call = lambda: function(*args, **kwargs)
        if on_error is None:
            (runner or _call)(call)
            continue
        try:
            call()
        except Exception as exc:
            on_error(exc)


def _call(f):
    return f()


class FunctionTestCase(TestCase):
    # A plain function run as a test, between optional set-up and tear-down functions.

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._steps = {"before": setUp, "test": testFunc, "after": tearDown}
        self._testFunc = testFunc
        self._description = description

    def _step(self, which):
        function = self._steps[which]
        if function is not None:
            function()

    def setUp(self):
        self._step("before")

    def runTest(self):
        self._step("test")

    def tearDown(self):
        self._step("after")

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is None:
            text = (self._testFunc.__doc__ or "").split("\n")[0].strip()
            return text or None
        return self._description


class _SubTest(TestCase):
    # One subTest() block of a running test: reported under the test's name with its
    # message and parameters.
    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case, self.params, self._message = test_case, params, message
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _NO_MESSAGE:
            parts.append("[%s]" % (self._message,))
        if self.params:
            parts.append("(%s)" % ", ".join("%s=%r" % item for item in self.params.items()))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "%s %s" % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "%s %s" % (self.test_case, self._subDescription())


_test_case_classes.remove(FunctionTestCase)
_test_case_classes.remove(_SubTest)


# ---- suites ----

class _ClassFixtureError:
    # Stands in a report for a setUpClass or tearDownClass that failed: it has a name
    # and nothing else to run.
    failureException = None

    def __init__(self, description):
        self.description = description

    def __str__(self):
        return self.description

    id = __str__

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0


class BaseTestSuite:
    # A list of tests (cases or suites) run in order.

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._tests == list(other)
        return NotImplemented

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), self._tests)

    def countTestCases(self):
        total = self._removed_tests
        for test in self._tests:
            total += test.countTestCases()
        return total

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def addTest(self, test):
        if callable(test) and isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        if not callable(test):
            raise TypeError("%r is not callable" % (test,))
        self._tests.append(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result):
        for test in self._tests:
            if result.shouldStop:
                break
            test(result)
        return result

    def debug(self):
        for test in self._tests:
            test.debug()


class TestSuite(BaseTestSuite):
    # Runs its tests, calling each class's setUpClass before the first of its tests and
    # tearDownClass after the last, once across nested suites.

    def run(self, result, debug=False):
        outermost = not getattr(result, "_testRunEntered", False)
        if outermost:
            result._testRunEntered = True
        for test in self:
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                self._switch_class(result, test.__class__)
                if getattr(test.__class__, "_classSetupFailed", False):
                    continue
            test(result)
        if outermost:
            self._switch_class(result, None)
            result._testRunEntered = False
        return result

    def _switch_class(self, result, cls):
        previous = getattr(result, "_previousTestClass", None)
        if cls is previous:
            return
        if previous is not None and not previous._classSetupFailed \
                and not getattr(previous, "__unittest_skip__", False):
            self._class_fixture(result, previous, "tearDownClass")
        result._previousTestClass = cls
        if cls is None or getattr(cls, "__unittest_skip__", False):
            return
        cls._classSetupFailed = False
        if not self._class_fixture(result, cls, "setUpClass"):
            cls._classSetupFailed = True

    def _class_fixture(self, result, cls, name):
        ok = True
        try:
            getattr(cls, name)()
        except Exception as exc:
            ok = False
            self._fixture_error(result, exc, name, cls)
        if not ok or name == "tearDownClass":
            cls.doClassCleanups()
            for _, exc, _ in cls.tearDown_exceptions:
                self._fixture_error(result, exc, name, cls)
        return ok

    def _fixture_error(self, result, exc, name, cls):
        stand_in = _ClassFixtureError("%s (%s)" % (name, strclass(cls)))
        if isinstance(exc, SkipTest):
            _report_skip(result, stand_in, str(exc))
        else:
            result.addError(stand_in, (type(exc), exc, None))


# ---- loading ----

def _attribute_names(cls):
    seen = []
    for klass in cls.__mro__:
        for name in getattr(klass, "__dict__", {}):
            if name not in seen:
                seen.append(name)
    return seen


def _three_way(a, b):
    return (a > b) - (a < b)


class TestLoader:
    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(_three_way)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def getTestCaseNames(self, testCaseClass):
        names = [n for n in _attribute_names(testCaseClass)
                 if n.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, n, None))]
        order = self.sortTestMethodsUsing
        if order is None:
            return names
        if order is _three_way:
            return sorted(names)
        # Any other comparison function: insertion sort by it (there are few names).
        ordered = []
        for name in names:
            at = len(ordered)
            while at > 0 and order(ordered[at - 1], name) > 0:
                at -= 1
            ordered.insert(at, name)
        return ordered

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, BaseTestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *, pattern=None):
        # Every TestCase subclass the program made, by name (see the note at the top).
        classes = sorted(_test_case_classes, key=lambda c: c.__name__)
        return self.suiteClass([self.loadTestsFromTestCase(c) for c in classes])

    def loadTestsFromName(self, name, module=None):
        class_name, _, method = name.partition(".")
        for cls in _test_case_classes:
            if cls.__name__ == class_name:
                return self.suiteClass([cls(method)]) if method else self.loadTestsFromTestCase(cls)
        raise AttributeError("module '__main__' has no attribute '%s'" % class_name)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])


defaultTestLoader = TestLoader()


# ---- results ----

class TestResult:
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        # Lists of (test, text) pairs, unexpectedSuccesses of tests alone.
        for name in ("failures", "errors", "skipped", "expectedFailures", "unexpectedSuccesses",
                     "collectedDurations"):
            setattr(self, name, [])
        self.testsRun = 0
        self.shouldStop = self.failfast = self.buffer = self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def _stop_if_failfast(self):
        if self.failfast:
            self.stop()

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._stop_if_failfast()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._stop_if_failfast()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            into = self.failures if issubclass(err[0], test.failureException) else self.errors
            into.append((subtest, self._exc_info_to_string(err, test)))
            self._stop_if_failfast()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        self._stop_if_failfast()

    def wasSuccessful(self):
        return not self.failures and not self.errors and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        return _exception_line(err[1])

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (strclass(self.__class__), self.testsRun,
                                                      len(self.errors), len(self.failures))


class _LineWriter:
    # A stream with writeln(), as the runner writes its report.
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        if name in ("stream", "__getstate__"):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, text=None):
        if text:
            self.stream.write(text)
        self.stream.write("\n")


class TextTestResult(TestResult):
    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions = stream, descriptions
        # verbosity 2 and up: a line a test; 1: a character a test; 0: nothing.
        self.showAll, self.dots = verbosity > 1, verbosity == 1
        # After a verbose line is complete, the next status needs the test named again.
        self._line_done = True

    def getDescription(self, test):
        first_line = test.shortDescription()
        if self.descriptions and first_line:
            return str(test) + "\n" + first_line
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test) + " ... ")
            self.stream.flush()
            self._line_done = False

    def _status(self, test, word, dot):
        if self.showAll:
            is_subtest = isinstance(test, _SubTest)
            if is_subtest or self._line_done:
                if not self._line_done:
                    self.stream.writeln()
                if is_subtest:
                    self.stream.write("  ")
                self.stream.write(self.getDescription(test) + " ... ")
            self.stream.writeln(word)
            self._line_done = True
        elif self.dots:
            self.stream.write(dot)
        self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._status(subtest, "FAIL", "F")
            else:
                self._status(subtest, "ERROR", "E")
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._status(test, "ok", ".")

    def addError(self, test, err):
        super().addError(test, err)
        self._status(test, "ERROR", "E")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._status(test, "FAIL", "F")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._status(test, "skipped %r" % (reason,), "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._status(test, "expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._status(test, "unexpected success", "u")

    def printErrors(self):
        out = self.stream
        # End the line of dots (or the last verbose line) first.
        if self.showAll or self.dots:
            out.writeln()
        listed = [("ERROR", test, text) for test, text in self.errors]
        listed += [("FAIL", test, text) for test, text in self.failures]
        for flavour, test, text in listed:
            out.write("%s\n%s: %s\n%s\n" % (self.separator1, flavour, self.getDescription(test), self.separator2))
            out.writeln(text)
        if self.unexpectedSuccesses:
            out.writeln(self.separator1)
            for test in self.unexpectedSuccesses:
                out.writeln("UNEXPECTED SUCCESS: " + self.getDescription(test))
        out.flush()


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False, resultclass=None,
                 warnings=None, *, tb_locals=False):
        self.stream = _LineWriter(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity, self.warnings = descriptions, verbosity, warnings
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        make = self.resultclass
        return make(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        began = time.perf_counter()
        getattr(result, "startTestRun", _nothing)()
        try:
            test(result)
        finally:
            getattr(result, "stopTestRun", _nothing)()
        took = time.perf_counter() - began
        result.printErrors()
        out = self.stream
        if hasattr(result, "separator2"):
            out.writeln(result.separator2)
        count = result.testsRun
        out.writeln("Ran %d test%s in %.3fs" % (count, "" if count == 1 else "s", took))
        out.writeln()
        counts = []
        if result.wasSuccessful():
            out.write("OK")
        else:
            out.write("FAILED")
            counts += [("failures", len(result.failures)), ("errors", len(result.errors))]
        counts += [("skipped", len(result.skipped)), ("expected failures", len(result.expectedFailures)),
                   ("unexpected successes", len(result.unexpectedSuccesses))]
        shown = ["%s=%d" % pair for pair in counts if pair[1]]
        out.writeln(" (%s)" % ", ".join(shown) if shown else "")
        out.flush()
        return result


# ---- main() ----

class TestProgram:
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None, testLoader=defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None, buffer=None, warnings=None, *,
                 tb_locals=False):
        self.module, self.defaultTest, self.exit = module, defaultTest, exit
        self.testRunner, self.testLoader = testRunner, testLoader
        self.verbosity, self.failfast, self.buffer = verbosity, failfast, buffer
        self.catchbreak, self.warnings, self.tb_locals = catchbreak, warnings, tb_locals
        argv = sys.argv if argv is None else argv
        self.progName = argv[0] if argv else "python -m unittest"
        self.parseArgs(argv)
        self.runTests()

    def parseArgs(self, argv):
        # The flags that change a run; anything else not starting with "-" names tests.
        flags = {"-v": ("verbosity", 2), "--verbose": ("verbosity", 2), "-q": ("verbosity", 0),
                 "--quiet": ("verbosity", 0), "-f": ("failfast", True), "--failfast": ("failfast", True)}
        names = []
        for arg in list(argv)[1:]:
            if arg in flags:
                setattr(self, flags[arg][0], flags[arg][1])
            elif not arg.startswith("-"):
                names.append(arg)
        if not names and self.defaultTest is not None:
            names = [self.defaultTest] if isinstance(self.defaultTest, str) else list(self.defaultTest)
        self.testNames = names or None
        self.createTests()

    def createTests(self):
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        runner = self.testRunner or TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                            warnings=self.warnings, tb_locals=self.tb_locals)
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


# ---- module-level cleanups ----

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    entered = type(cm).__enter__(cm)
    addModuleCleanup(type(cm).__exit__, cm, None, None, None)
    return entered


def doModuleCleanups():
    failed = []
    _unwind(_module_cleanups, failed.append)
    if failed:
        raise failed[0]


# Ctrl-C handling has nothing to attach to here: these keep programs that call them going.
def installHandler():
    pass


def registerResult(result):
    pass


def removeResult(result):
    return False


def removeHandler(method=None):
    return method


for _cls, _home in ((TestCase, "unittest.case"), (FunctionTestCase, "unittest.case"), (_SubTest, "unittest.case"),
                    (SkipTest, "unittest.case"), (BaseTestSuite, "unittest.suite"), (TestSuite, "unittest.suite"),
                    (TestResult, "unittest.result"), (TextTestResult, "unittest.runner"),
                    (TextTestRunner, "unittest.runner"), (TestLoader, "unittest.loader"),
                    (TestProgram, "unittest.main")):
    _HOME[_cls] = _home
