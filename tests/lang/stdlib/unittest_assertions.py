# unittest: the assert methods and CPython's failure messages, diffs included.
import unittest


class Checks(unittest.TestCase):
    def runTest(self):
        pass


t = Checks()
checks = [
    lambda: t.assertEqual([1, 2, 3], [1, 2, 4]),
    lambda: t.assertEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]}),
    lambda: t.assertEqual("hello world\nsecond line\n", "hello there\nsecond line\n"),
    lambda: t.assertEqual((1, 2), (1, 2, 3)),
    lambda: t.assertEqual({1, 2}, {2, 3}),
    lambda: t.assertEqual("x" * 100, "x" * 99 + "y"),
    lambda: t.assertEqual(1, 2, "with a message"),
    lambda: t.assertNotEqual(1, 1),
    lambda: t.assertTrue([]),
    lambda: t.assertFalse("text"),
    lambda: t.assertIs([], None),
    lambda: t.assertIsNot(None, None),
    lambda: t.assertIsNone(0),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn("z", "abc"),
    lambda: t.assertNotIn(1, [1, 2]),
    lambda: t.assertIsInstance("s", int, "custom note"),
    lambda: t.assertNotIsInstance(1, int),
    lambda: t.assertCountEqual([1, 1, 2], [1, 2, 2]),
    lambda: t.assertCountEqual([[1], [2]], [[2], [2]]),
    lambda: t.assertAlmostEqual(0.1 + 0.2, 0.4),
    lambda: t.assertAlmostEqual(1, 2, delta=0.5),
    lambda: t.assertNotAlmostEqual(1.0, 1.0 + 1e-9),
    lambda: t.assertLess(2, 1),
    lambda: t.assertLessEqual(3, 2),
    lambda: t.assertGreater(1, 2),
    lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertRegex("abc123", r"^\d+$"),
    lambda: t.assertNotRegex("abc123", r"[a-c]+\d"),
    lambda: t.assertSequenceEqual([1, 2], (1, 3)),
    lambda: t.assertListEqual([1], (1,)),
    lambda: t.assertDictEqual({"k": 1}, {"k": 2}),
    lambda: t.assertMultiLineEqual("a\nb", "a\nc"),
    lambda: t.assertEqual(list(range(100)), list(range(1, 101))),
    lambda: t.assertRaises(KeyError, dict),
    lambda: t.assertRaisesRegex(ValueError, "^zzz", int, "q"),
    lambda: t.fail("failed on purpose"),
]
for check in checks:
    try:
        check()
        print("passed?")
    except AssertionError as e:
        print(str(e))
        print("-----")
# expect: Lists differ: [1, 2, 3] != [1, 2, 4]
# expect:
# expect: First differing element 2:
# expect: 3
# expect: 4
# expect:
# expect: - [1, 2, 3]
# expect: ?        ^
# expect:
# expect: + [1, 2, 4]
# expect: ?        ^
# expect:
# expect: -----
# expect: {'a': 1, 'b': [1, 2]} != {'a': 1, 'b': [1, 3]}
# expect: - {'a': 1, 'b': [1, 2]}
# expect: ?                   ^
# expect:
# expect: + {'a': 1, 'b': [1, 3]}
# expect: ?                   ^
# expect:
# expect: -----
# expect: 'hello world\nsecond line\n' != 'hello there\nsecond line\n'
# expect: - hello world
# expect: + hello there
# expect:   second line
# expect:
# expect: -----
# expect: Tuples differ: (1, 2) != (1, 2, 3)
# expect:
# expect: Second tuple contains 1 additional elements.
# expect: First extra element 2:
# expect: 3
# expect:
# expect: - (1, 2)
# expect: + (1, 2, 3)
# expect: ?      +++
# expect:
# expect: -----
# expect: Items in the first set but not the second:
# expect: 1
# expect: Items in the second set but not the first:
# expect: 3
# expect: -----
# expect: 'xxxx[34 chars]xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' != 'xxxx[34 chars]xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy'
# expect: - xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
# expect: ?                                                                                                    ^
# expect: + xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy
# expect: ?                                                                                                    ^
# expect:
# expect: -----
# expect: 1 != 2 : with a message
# expect: -----
# expect: 1 == 1
# expect: -----
# expect: [] is not true
# expect: -----
# expect: 'text' is not false
# expect: -----
# expect: [] is not None
# expect: -----
# expect: unexpectedly identical: None
# expect: -----
# expect: 0 is not None
# expect: -----
# expect: unexpectedly None
# expect: -----
# expect: 'z' not found in 'abc'
# expect: -----
# expect: 1 unexpectedly found in [1, 2]
# expect: -----
# expect: 's' is not an instance of <class 'int'> : custom note
# expect: -----
# expect: 1 is an instance of <class 'int'>
# expect: -----
# expect: Element counts were not equal:
# expect: First has 2, Second has 1:  1
# expect: First has 1, Second has 2:  2
# expect: -----
# expect: Element counts were not equal:
# expect: First has 1, Second has 0:  [1]
# expect: First has 1, Second has 2:  [2]
# expect: -----
# expect: 0.30000000000000004 != 0.4 within 7 places (0.09999999999999998 difference)
# expect: -----
# expect: 1 != 2 within 0.5 delta (1 difference)
# expect: -----
# expect: 1.0 == 1.000000001 within 7 places
# expect: -----
# expect: 2 not less than 1
# expect: -----
# expect: 3 not less than or equal to 2
# expect: -----
# expect: 1 not greater than 2
# expect: -----
# expect: 1 not greater than or equal to 2
# expect: -----
# expect: Regex didn't match: '^\\d+$' not found in 'abc123'
# expect: -----
# expect: Regex matched: 'abc1' matches '[a-c]+\\d' in 'abc123'
# expect: -----
# expect: Sequences differ: [1, 2] != (1, 3)
# expect:
# expect: First differing element 1:
# expect: 2
# expect: 3
# expect:
# expect: - [1, 2]
# expect: + (1, 3)
# expect: -----
# expect: Second sequence is not a list: (1,)
# expect: -----
# expect: {'k': 1} != {'k': 2}
# expect: - {'k': 1}
# expect: ?       ^
# expect:
# expect: + {'k': 2}
# expect: ?       ^
# expect:
# expect: -----
# expect: 'a\nb' != 'a\nc'
# expect:   a
# expect: - b+ c
# expect: -----
# expect: Lists differ: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,[343 chars], 99] != [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13[345 chars] 100]
# expect:
# expect: First differing element 0:
# expect: 0
# expect: 1
# expect:
# expect: Diff is 727 characters long. Set self.maxDiff to None to see it.
# expect: -----
# expect: KeyError not raised by dict
# expect: -----
# expect: "^zzz" does not match "invalid literal for int() with base 10: 'q'"
# expect: -----
# expect: failed on purpose
# expect: -----
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception.args)
# expect: ZeroDivisionError ('division by zero',)
with t.assertRaisesRegex(ValueError, r"invalid literal .* 'x'"):
    int("x")
try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print(e)  # expect: KeyError not raised
t.assertEqual([1, (2, 3)], [1, (2, 3)])
t.assertAlmostEqual(0.1 + 0.2, 0.3)
t.assertRegex("version 3.11", r"\d+\.\d+")
t.assertCountEqual("abc", "cab")
print(t.id(), str(t), t.shortDescription(), t.countTestCases())
# expect: __main__.Checks.runTest runTest (__main__.Checks.runTest) None 1
try:
    t.skipTest("why")
except unittest.SkipTest as e:
    print("SkipTest:", e)  # expect: SkipTest: why
