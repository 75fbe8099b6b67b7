# unittest.main() runs every TestCase of the program, writes CPython's report to stderr
# (its last line the totals) and exits with status 1 when a test failed.
import unittest


class Strings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("abc".upper(), "ABC")

    def test_split(self):
        self.assertEqual("a b".split(), ["a", "b", "c"])


class Numbers(unittest.TestCase):
    def test_int(self):
        self.assertEqual(int("42"), 42)


print("before the tests")  # expect: before the tests
unittest.main()  # expect runtime error: FAILED (failures=1)
