# unittest: class fixtures and cleanups in their order, a failing setUpClass, verbose
# subtests, the skip decorators, FunctionTestCase, failfast, and the assertRegex family's
# patterns (Edge Python's matcher: classes, anchors, groups, alternation, quantifiers).
import io
import unittest

events = []


class Ordered(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")
        cls.addClassCleanup(events.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        events.append("setUp " + self._testMethodName)
        self.addCleanup(events.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        events.append("tearDown")

    def test_a(self):
        events.append("a")

    def test_b(self):
        """Second test: its docstring's first line.

        More text."""
        for word in ["x", "yy", "zzz"]:
            with self.subTest(word, size=len(word)):
                self.assertLess(len(word), 3)


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no database")

    def test_never(self):
        events.append("never")


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_one(self):
        pass


class Conditions(unittest.TestCase):
    @unittest.skipIf(1 < 2, "one is less")
    def test_if(self):
        pass

    @unittest.skipUnless(1 < 2, "never shown")
    def test_unless(self):
        self.skipTest("skipped inside")

    def test_raises_msg(self):
        with self.assertRaises(ValueError, msg="needs a ValueError"):
            pass


def run(verbosity, *tests, failfast=False):
    stream = io.StringIO()
    suite = unittest.TestSuite()
    for t in tests:
        if isinstance(t, type):
            suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(t))
        else:
            suite.addTest(t)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, failfast=failfast).run(suite)
    # The traceback above each exception is left out (Edge Python cannot show it yet).
    in_traceback = False
    for line in stream.getvalue().splitlines():
        if line.startswith("Traceback (most recent call last):"):
            in_traceback = True
            continue
        if in_traceback and line.startswith("  "):
            continue
        in_traceback = False
        if line.startswith("Ran "):
            line = line[:line.rindex(" in ")]
        print(line.rstrip())
    return result


r = run(2, Ordered, BrokenClass, Skipped, Conditions)
print(events)
print(r)


def plain():
    """A function as a test."""
    assert 1 + 1 == 3, "arithmetic"


case = unittest.FunctionTestCase(plain)
print(case, case.shortDescription(), case.id())
r = run(1, case)
print(r.failures[0][0] is case, len(r.failures))


class Stops(unittest.TestCase):
    def test_1(self):
        self.fail("first")

    def test_2(self):
        self.fail("second")


r = run(0, Stops, failfast=True)
print(r.testsRun, r.shouldStop)

t = Ordered("test_a")
print(repr(t), t == Ordered("test_a"), t == Ordered("test_b"))
try:
    Ordered("test_zzz")
except ValueError as e:
    print(e)
good = [("abc123", r"^[a-c]+\d{3}$"), ("x = 42;", r"=\s*(\d+|none);"), ("hello world", r"\bworld\b"),
        ("aaa", r"a{2,}"), ("tab\there", r"\t"), ("path/to/file.py", r"[\w/]+\.py$"), ("ab", "a|b|c"),
        ("colour", "colou?r"), ("<b>x</b>", "<.+?>"), ("A-Z", r"[^a-z]-[A-Z]")]
for text, pattern in good:
    t.assertRegex(text, pattern)
bad = [("abc", r"^\d"), ("word", r"\bor\b"), ("aab", r"^a{3}"), ("x", r"[^x]"), ("a.b", r"a\.c"),
       ("line\nnext", r"line$x")]
for text, pattern in bad:
    try:
        t.assertRegex(text, pattern, "bad")
    except AssertionError as e:
        print(e)
for text, pattern in [("<b>x</b>", "<.+?>"), ("<b>x</b>", "<.+>"), ("aaaa", "a{1,2}"), ("hello world", r"o\s?w")]:
    try:
        t.assertNotRegex(text, pattern)
    except AssertionError as e:
        print(e)
with t.assertRaisesRegex(KeyError, "miss(ing)?"):
    {}["missing"]
try:
    t.assertDictContainsSubset({"a": 1, "b": 2, "c": 3}, {"a": 1, "b": 3})
except AssertionError as e:
    print(e)
try:
    t.assertNotAlmostEqual(1.0, 1.25, delta=0.5)
except AssertionError as e:
    print(e)
try:
    t.assertAlmostEqual(1, 2, places=2, delta=1)
except TypeError as e:
    print(e)
t.longMessage = False
try:
    t.assertEqual(1, 2, "only mine")
except AssertionError as e:
    print(e)
# expect: test_a (__main__.Ordered.test_a) ... ok
# expect: test_b (__main__.Ordered.test_b)
# expect: Second test: its docstring's first line. ... 
# expect:   test_b (__main__.Ordered.test_b) [zzz] (size=3)
# expect: Second test: its docstring's first line. ... FAIL
# expect: setUpClass (__main__.BrokenClass) ... ERROR
# expect: test_one (__main__.Skipped.test_one) ... skipped 'whole class'
# expect: test_if (__main__.Conditions.test_if) ... skipped 'one is less'
# expect: test_raises_msg (__main__.Conditions.test_raises_msg) ... FAIL
# expect: test_unless (__main__.Conditions.test_unless) ... skipped 'skipped inside'
# expect:
# expect: ======================================================================
# expect: ERROR: setUpClass (__main__.BrokenClass)
# expect: ----------------------------------------------------------------------
# expect: RuntimeError: no database
# expect:
# expect: ======================================================================
# expect: FAIL: test_b (__main__.Ordered.test_b) [zzz] (size=3)
# expect: Second test: its docstring's first line.
# expect: ----------------------------------------------------------------------
# expect: AssertionError: 3 not less than 3
# expect:
# expect: ======================================================================
# expect: FAIL: test_raises_msg (__main__.Conditions.test_raises_msg)
# expect: ----------------------------------------------------------------------
# expect: AssertionError: ValueError not raised : needs a ValueError
# expect:
# expect: ----------------------------------------------------------------------
# expect: Ran 6 tests
# expect:
# expect: FAILED (failures=2, errors=1, skipped=3)
# expect: ['setUpClass', 'setUp test_a', 'a', 'tearDown', 'cleanup test_a', 'setUp test_b', 'tearDown', 'cleanup test_b', 'tearDownClass', 'class cleanup']
# expect: <unittest.runner.TextTestResult run=6 errors=1 failures=2>
# expect: unittest.case.FunctionTestCase (plain) A function as a test. plain
# expect: F
# expect: ======================================================================
# expect: FAIL: unittest.case.FunctionTestCase (plain)
# expect: A function as a test.
# expect: ----------------------------------------------------------------------
# expect: AssertionError: arithmetic
# expect:
# expect: ----------------------------------------------------------------------
# expect: Ran 1 test
# expect:
# expect: FAILED (failures=1)
# expect: True 1
# expect: ======================================================================
# expect: FAIL: test_1 (__main__.Stops.test_1)
# expect: ----------------------------------------------------------------------
# expect: AssertionError: first
# expect:
# expect: ----------------------------------------------------------------------
# expect: Ran 1 test
# expect:
# expect: FAILED (failures=1)
# expect: 1 True
# expect: <__main__.Ordered testMethod=test_a> True False
# expect: no such test method in <class '__main__.Ordered'>: test_zzz
# expect: Regex didn't match: '^\\d' not found in 'abc' : bad
# expect: Regex didn't match: '\\bor\\b' not found in 'word' : bad
# expect: Regex didn't match: '^a{3}' not found in 'aab' : bad
# expect: Regex didn't match: '[^x]' not found in 'x' : bad
# expect: Regex didn't match: 'a\\.c' not found in 'a.b' : bad
# expect: Regex didn't match: 'line$x' not found in 'line\nnext' : bad
# expect: Regex matched: '<b>' matches '<.+?>' in '<b>x</b>'
# expect: Regex matched: '<b>x</b>' matches '<.+>' in '<b>x</b>'
# expect: Regex matched: 'aa' matches 'a{1,2}' in 'aaaa'
# expect: Regex matched: 'o w' matches 'o\\s?w' in 'hello world'
# expect: Missing: 'c'; Mismatched values: 'b', expected: 2, actual: 3
# expect: 1.0 == 1.25 within 0.5 delta (0.25 difference)
# expect: specify delta or places not both
# expect: only mine
