# difflib: Differ/ndiff with their "?" guide lines, restore, unified_diff and
# context_diff hunks, and the errors.
import difflib

one = "one\ntwo\nthree\nfour\nfive\n".splitlines(keepends=True)
two = "ore\ntree\nemu\nfour\nfive!\n".splitlines(keepends=True)
delta = list(difflib.ndiff(one, two))
print("".join(delta), end="")
print("".join(difflib.restore(delta, 1)), end="")
print("".join(difflib.restore(delta, 2)), end="")
text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
print("".join(difflib.Differ().compare(text1, text2)), end="")
print(list(difflib.ndiff(["\tabc\n"], ["\tabd\n"])))
print(list(difflib.ndiff(["same\n", "x\n"], ["same\n", "completely different\n"])))
print(list(difflib.ndiff(["a\n", "b\n", "c\n"], ["b\n", "a\n"])))
print(list(difflib.ndiff(["hello\n", "world\n"], ["hello\n", "there\n", "world\n"])))
print(list(difflib.ndiff(["#\n", "x = 1\n"], ["y = 1\n", "#\n"], linejunk=difflib.IS_LINE_JUNK)))
a = ["line %d\n" % i for i in range(1, 21)]
b = list(a)
b[2] = "changed 3\n"
del b[10]
b.insert(15, "added\n")
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt", "2024-01-01", "2024-01-02")), end="")
print("".join(difflib.unified_diff(a, b, "old", "new", n=1)), end="")
print("".join(difflib.context_diff(a, b, "a.txt", "b.txt")), end="")
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")))
print(list(difflib.context_diff([], ["only"], lineterm="")))
print(list(difflib.context_diff(["gone"], [], lineterm="")))
print(list(difflib.unified_diff([], ["new"], lineterm="")), list(difflib.unified_diff(["same"], ["same"])))
for call in [lambda: list(difflib.unified_diff([1], ["a"])), lambda: list(difflib.unified_diff(["a"], ["b"], 3)),
             lambda: list(difflib.restore(["- a"], 3))]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: - one
# expect: ?  ^
# expect: + ore
# expect: ?  ^
# expect: - two
# expect: - three
# expect: ?  -
# expect: + tree
# expect: + emu
# expect:   four
# expect: - five
# expect: + five!
# expect: ?     +
# expect: one
# expect: two
# expect: three
# expect: four
# expect: five
# expect: ore
# expect: tree
# expect: emu
# expect: four
# expect: five!
# expect:     1. Beautiful is better than ugly.
# expect: -   2. Explicit is better than implicit.
# expect: -   3. Simple is better than complex.
# expect: +   3.   Simple is better than complex.
# expect: ?     ++
# expect: -   4. Complex is better than complicated.
# expect: ?            ^                     ---- ^
# expect: +   4. Complicated is better than complex.
# expect: ?           ++++ ^                      ^
# expect: +   5. Flat is better than nested.
# expect: ['- \tabc\n', '? \t  ^\n', '+ \tabd\n', '? \t  ^\n']
# expect: ['  same\n', '- x\n', '+ completely different\n']
# expect: ['+ b\n', '  a\n', '- b\n', '- c\n']
# expect: ['  hello\n', '+ there\n', '  world\n']
# expect: ['- #\n', '- x = 1\n', '? ^\n', '+ y = 1\n', '? ^\n', '+ #\n']
# expect: --- a.txt	2024-01-01
# expect: +++ b.txt	2024-01-02
# expect: @@ -1,6 +1,6 @@
# expect:  line 1
# expect:  line 2
# expect: -line 3
# expect: +changed 3
# expect:  line 4
# expect:  line 5
# expect:  line 6
# expect: @@ -8,12 +8,12 @@
# expect:  line 8
# expect:  line 9
# expect:  line 10
# expect: -line 11
# expect:  line 12
# expect:  line 13
# expect:  line 14
# expect:  line 15
# expect:  line 16
# expect: +added
# expect:  line 17
# expect:  line 18
# expect:  line 19
# expect: --- old
# expect: +++ new
# expect: @@ -2,3 +2,3 @@
# expect:  line 2
# expect: -line 3
# expect: +changed 3
# expect:  line 4
# expect: @@ -10,3 +10,2 @@
# expect:  line 10
# expect: -line 11
# expect:  line 12
# expect: @@ -16,2 +15,3 @@
# expect:  line 16
# expect: +added
# expect:  line 17
# expect: *** a.txt
# expect: --- b.txt
# expect: ***************
# expect: *** 1,6 ****
# expect:   line 1
# expect:   line 2
# expect: ! line 3
# expect:   line 4
# expect:   line 5
# expect:   line 6
# expect: --- 1,6 ----
# expect:   line 1
# expect:   line 2
# expect: ! changed 3
# expect:   line 4
# expect:   line 5
# expect:   line 6
# expect: ***************
# expect: *** 8,19 ****
# expect:   line 8
# expect:   line 9
# expect:   line 10
# expect: - line 11
# expect:   line 12
# expect:   line 13
# expect:   line 14
# expect:   line 15
# expect:   line 16
# expect:   line 17
# expect:   line 18
# expect:   line 19
# expect: --- 8,19 ----
# expect:   line 8
# expect:   line 9
# expect:   line 10
# expect:   line 12
# expect:   line 13
# expect:   line 14
# expect:   line 15
# expect:   line 16
# expect: + added
# expect:   line 17
# expect:   line 18
# expect:   line 19
# expect: ['--- ', '+++ ', '@@ -1 +1 @@', '-x', '+y']
# expect: ['*** ', '--- ', '***************', '*** 0 ****', '--- 1 ----', '+ only']
# expect: ['*** ', '--- ', '***************', '*** 1 ****', '- gone', '--- 0 ----']
# expect: ['--- ', '+++ ', '@@ -0,0 +1 @@', '+new'] []
# expect: TypeError lines to compare must be str, not int (1)
# expect: TypeError all arguments must be str, not: 3
# expect: ValueError unknown delta choice (must be 1 or 2): 3
