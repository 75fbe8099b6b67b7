# unittest: TestCase, the runner's report (dots, verbose lines, failures, totals),
# skips, expected failures and subtests. The report goes to a StringIO here; lines of
# the traceback above each exception (CPython shows them, Edge Python cannot yet) and
# the time taken are left out before it is printed.
import io
import unittest


def report(verbosity, *classes):
    stream = io.StringIO()
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for cls in classes:
        suite.addTests(loader.loadTestsFromTestCase(cls))
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    in_traceback = False
    for line in stream.getvalue().splitlines():
        if line.startswith("Traceback (most recent call last):"):
            in_traceback = True
            continue
        if in_traceback and line.startswith("  "):
            continue
        in_traceback = False
        if line.startswith("Ran "):
            line = line[:line.rindex(" in ")] + " in T"
        print(line)
    return result


class Arithmetic(unittest.TestCase):
    def test_add(self):
        """Adding small numbers."""
        self.assertEqual(1 + 1, 2)

    def test_fails(self):
        self.assertEqual(2 * 2, 5)

    def test_error(self):
        {}["missing"]

    def test_message(self):
        self.assertTrue(0, "zero is falsy")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(0.1 + 0.2, 0.3)

    @unittest.expectedFailure
    def test_fixed_bug(self):
        pass

    def test_parity(self):
        for n in range(4):
            with self.subTest(n=n):
                self.assertEqual(n % 2, 0)


class Collections(unittest.TestCase):
    def setUp(self):
        self.data = [3, 1, 2]

    def test_sorted(self):
        self.assertEqual(sorted(self.data), [1, 2, 3])

    def test_list_diff(self):
        self.assertEqual(self.data, [3, 1, 4])

    def test_in(self):
        self.assertIn(4, self.data)


result = report(1, Arithmetic, Collections)
# expect: .EFuxFFFsFF.
# expect: ======================================================================
# expect: ERROR: test_error (__main__.Arithmetic.test_error)
# expect: ----------------------------------------------------------------------
# expect: KeyError: 'missing'
# expect:
# expect: ======================================================================
# expect: FAIL: test_fails (__main__.Arithmetic.test_fails)
# expect: ----------------------------------------------------------------------
# expect: AssertionError: 4 != 5
# expect:
# expect: ======================================================================
# expect: FAIL: test_message (__main__.Arithmetic.test_message)
# expect: ----------------------------------------------------------------------
# expect: AssertionError: 0 is not true : zero is falsy
# expect:
# expect: ======================================================================
# expect: FAIL: test_parity (__main__.Arithmetic.test_parity) (n=1)
# expect: ----------------------------------------------------------------------
# expect: AssertionError: 1 != 0
# expect:
# expect: ======================================================================
# expect: FAIL: test_parity (__main__.Arithmetic.test_parity) (n=3)
# expect: ----------------------------------------------------------------------
# expect: AssertionError: 1 != 0
# expect:
# expect: ======================================================================
# expect: FAIL: test_in (__main__.Collections.test_in)
# expect: ----------------------------------------------------------------------
# expect: AssertionError: 4 not found in [3, 1, 2]
# expect:
# expect: ======================================================================
# expect: FAIL: test_list_diff (__main__.Collections.test_list_diff)
# expect: ----------------------------------------------------------------------
# expect: AssertionError: Lists differ: [3, 1, 2] != [3, 1, 4]
# expect:
# expect: First differing element 2:
# expect: 2
# expect: 4
# expect:
# expect: - [3, 1, 2]
# expect: ?        ^
# expect:
# expect: + [3, 1, 4]
# expect: ?        ^
# expect:
# expect:
# expect: ======================================================================
# expect: UNEXPECTED SUCCESS: test_fixed_bug (__main__.Arithmetic.test_fixed_bug)
# expect: ----------------------------------------------------------------------
# expect: Ran 11 tests in T
# expect:
# expect: FAILED (failures=6, errors=1, skipped=1, expected failures=1, unexpected successes=1)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
# expect: 11 6 1 1 False
report(2, Collections)
# expect: test_in (__main__.Collections.test_in) ... FAIL
# expect: test_list_diff (__main__.Collections.test_list_diff) ... FAIL
# expect: test_sorted (__main__.Collections.test_sorted) ... ok
# expect:
# expect: ======================================================================
# expect: FAIL: test_in (__main__.Collections.test_in)
# expect: ----------------------------------------------------------------------
# expect: AssertionError: 4 not found in [3, 1, 2]
# expect:
# expect: ======================================================================
# expect: FAIL: test_list_diff (__main__.Collections.test_list_diff)
# expect: ----------------------------------------------------------------------
# expect: AssertionError: Lists differ: [3, 1, 2] != [3, 1, 4]
# expect:
# expect: First differing element 2:
# expect: 2
# expect: 4
# expect:
# expect: - [3, 1, 2]
# expect: ?        ^
# expect:
# expect: + [3, 1, 4]
# expect: ?        ^
# expect:
# expect:
# expect: ----------------------------------------------------------------------
# expect: Ran 3 tests in T
# expect:
# expect: FAILED (failures=2)
report(0, Arithmetic)
# expect: ======================================================================
# expect: ERROR: test_error (__main__.Arithmetic.test_error)
# expect: ----------------------------------------------------------------------
# expect: KeyError: 'missing'
# expect:
# expect: ======================================================================
# expect: FAIL: test_fails (__main__.Arithmetic.test_fails)
# expect: ----------------------------------------------------------------------
# expect: AssertionError: 4 != 5
# expect:
# expect: ======================================================================
# expect: FAIL: test_message (__main__.Arithmetic.test_message)
# expect: ----------------------------------------------------------------------
# expect: AssertionError: 0 is not true : zero is falsy
# expect:
# expect: ======================================================================
# expect: FAIL: test_parity (__main__.Arithmetic.test_parity) (n=1)
# expect: ----------------------------------------------------------------------
# expect: AssertionError: 1 != 0
# expect:
# expect: ======================================================================
# expect: FAIL: test_parity (__main__.Arithmetic.test_parity) (n=3)
# expect: ----------------------------------------------------------------------
# expect: AssertionError: 1 != 0
# expect:
# expect: ======================================================================
# expect: UNEXPECTED SUCCESS: test_fixed_bug (__main__.Arithmetic.test_fixed_bug)
# expect: ----------------------------------------------------------------------
# expect: Ran 8 tests in T
# expect:
# expect: FAILED (failures=4, errors=1, skipped=1, expected failures=1, unexpected successes=1)
print(report(1).wasSuccessful())
# expect:
# expect: ----------------------------------------------------------------------
# expect: Ran 0 tests in T
# expect:
# expect: OK
# expect: True
