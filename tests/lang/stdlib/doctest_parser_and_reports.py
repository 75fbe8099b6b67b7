# doctest: the parser finds examples, expected output and expected exceptions in
# docstrings; the checker compares output with the option flags; the runner's reports
# read as CPython's. (Running the examples needs exec(): see tests/diff/doctest.md.)
import doctest


def mean(values):
    """Return the mean of values.

    >>> mean([1, 2, 3, 4])
    2.5
    >>> mean([])
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> print(
    ...     "a"
    ... )
    a
    >>> list(range(30))  # doctest: +ELLIPSIS
    [0, 1, ..., 29]
    >>> # just a comment
    """
    return sum(values) / len(values)


parser = doctest.DocTestParser()
test = parser.get_doctest(mean.__doc__, {}, "mean", "stats.py", 10)
print(test, test.name, test.filename, test.lineno, len(test.examples))
# expect: <DocTest mean from stats.py:10 (4 examples)> mean stats.py 10 4
for ex in test.examples:
    print(repr(ex.source), repr(ex.want), repr(ex.exc_msg), ex.lineno, ex.indent, ex.options)
# expect: 'mean([1, 2, 3, 4])\n' '2.5\n' None 2 4 {}
# expect: 'mean([])\n' 'Traceback (most recent call last):\n    ...\nZeroDivisionError: division by zero\n' 'ZeroDivisionError: division by zero\n' 4 4 {}
# expect: 'print(\n    "a"\n)\n' 'a\n' None 8 4 {}
# expect: 'list(range(30))  # doctest: +ELLIPSIS\n' '[0, 1, ..., 29]\n' None 12 4 {8: True}
pieces = parser.parse("Intro text.\n\n  >>> 1 + 1\n  2\n\nMore text.\n>>> x\n")
print([p if isinstance(p, str) else type(p).__name__ for p in pieces])
# expect: ['Intro text.\n\n', 'Example', '\nMore text.\n', 'Example', '']
for bad in ["  >>>1\n", ">>> x\n  ... y\n", ">>> 1  # doctest: +NOPE\n", "  >>> x\n  y\n z\n"]:
    try:
        parser.get_examples(bad, "bad")
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: line 1 of the docstring for bad lacks blank after >>>: '>>>1'
# expect: ValueError: line 2 of the docstring for bad lacks blank after   .: '  ... y'
# expect: ValueError: line 1 of the doctest for bad has an invalid option: '+NOPE'
# expect: ValueError: line 3 of the docstring for bad has inconsistent leading whitespace: 'z'

checker = doctest.OutputChecker()
cases = [("2.5\n", "2.5\n", 0), ("1\n", "True\n", 0), ("1\n", "True\n", doctest.DONT_ACCEPT_TRUE_FOR_1),
         ("a\n<BLANKLINE>\nb\n", "a\n\nb\n", 0), ("a\n<BLANKLINE>\nb\n", "a\n\nb\n", doctest.DONT_ACCEPT_BLANKLINE),
         ("[1,  2,\n 3]\n", "[1, 2, 3]\n", doctest.NORMALIZE_WHITESPACE), ("[0, ..., 9]\n", "[0, 1, 9]\n", doctest.ELLIPSIS),
         ("[0, ..., 9]\n", "[0, 1, 9]\n", 0), ("a...a\n", "aaa\n", doctest.ELLIPSIS)]
for want, got, flags in cases:
    print(repr(want), repr(got), flags, checker.check_output(want, got, flags))
# expect: '2.5\n' '2.5\n' 0 True
# expect: '1\n' 'True\n' 0 True
# expect: '1\n' 'True\n' 1 False
# expect: 'a\n<BLANKLINE>\nb\n' 'a\n\nb\n' 0 True
# expect: 'a\n<BLANKLINE>\nb\n' 'a\n\nb\n' 2 False
# expect: '[1,  2,\n 3]\n' '[1, 2, 3]\n' 4 True
# expect: '[0, ..., 9]\n' '[0, 1, 9]\n' 8 True
# expect: '[0, ..., 9]\n' '[0, 1, 9]\n' 0 False
# expect: 'a...a\n' 'aaa\n' 8 True

example = doctest.Example("f(3)\n", "1\n2\n3\n4\n")
for flags in (0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF):
    print(checker.output_difference(example, "1\n2\n\n4\n5\n", flags))
# expect: Expected:
# expect:     1
# expect:     2
# expect:     3
# expect:     4
# expect: Got:
# expect:     1
# expect:     2
# expect:     <BLANKLINE>
# expect:     4
# expect:     5
# expect:
# expect: Differences (unified diff with -expected +actual):
# expect:     @@ -1,4 +1,5 @@
# expect:      1
# expect:      2
# expect:     -3
# expect:     +<BLANKLINE>
# expect:      4
# expect:     +5
# expect:
# expect: Differences (context diff with expected followed by actual):
# expect:     ***************
# expect:     *** 1,4 ****
# expect:       1
# expect:       2
# expect:     ! 3
# expect:       4
# expect:     --- 1,5 ----
# expect:       1
# expect:       2
# expect:     ! <BLANKLINE>
# expect:       4
# expect:     + 5
# expect:
# expect: Differences (ndiff with -expected +actual):
# expect:       1
# expect:       2
# expect:     - 3
# expect:     + <BLANKLINE>
# expect:       4
# expect:     + 5
# expect:
print(checker.output_difference(doctest.Example("f()\n", ""), "x\n", 0), end="")
# expect: Expected nothing
# expect: Got:
# expect:     x
print(checker.output_difference(doctest.Example("f()\n", "x\n"), "", 0), end="")
# expect: Expected:
# expect:     x
# expect: Got nothing

runner = doctest.DocTestRunner(verbose=True)
out = []
runner.report_start(out.append, test, test.examples[0])
runner.report_success(out.append, test, test.examples[0], "2.5\n")
runner.report_failure(out.append, test, test.examples[0], "3.0\n")
runner.report_start(out.append, test, doctest.Example("x = 1\n", ""))
print("".join(out))
# expect: Trying:
# expect:     mean([1, 2, 3, 4])
# expect: Expecting:
# expect:     2.5
# expect: ok
# expect: **********************************************************************
# expect: File "stats.py", line 13, in mean
# expect: Failed example:
# expect:     mean([1, 2, 3, 4])
# expect: Expected:
# expect:     2.5
# expect: Got:
# expect:     3.0
# expect: Trying:
# expect:     x = 1
# expect: Expecting nothing
# expect:
print(doctest.script_from_examples(mean.__doc__))
# expect: # Return the mean of values.
# expect: #
# expect: mean([1, 2, 3, 4])
# expect: # Expected:
# expect: ## 2.5
# expect: mean([])
# expect: # Expected:
# expect: ## Traceback (most recent call last):
# expect: ##     ...
# expect: ## ZeroDivisionError: division by zero
# expect: print(
# expect:     "a"
# expect: )
# expect: # Expected:
# expect: ## a
# expect: list(range(30))  # doctest: +ELLIPSIS
# expect: # Expected:
# expect: ## [0, 1, ..., 29]
# expect:
print(doctest.TestResults(0, 3), doctest.TestResults(1, 2).failed, doctest.ELLIPSIS, doctest.REPORTING_FLAGS)
# expect: TestResults(failed=0, attempted=3) 1 8 1984
