# re: bad patterns raise re.error with CPython's message, position, line and column; other
# misuses raise TypeError or ValueError.
import re

for pattern in ["(ab", "ab)", "*a", "a**", "a{3,2}", "[abc", "[z-a]", "a\\", r"\q", r"(?P<1a>x)",
                r"(?P<a>x)(?P<a>y)", r"(?P=zz)", r"\3", r"(?<=a+)b", r"(?<x>a)", r"(?Px)", r"a(?i)b",
                r"(?i", r"(?z)", r"\x4", r"\u12", r"[a-\d]", r"\777", r"(?#abc", r"a|*", r"(a)(?(2)b|c)",
                r"(?P<a>", r"(?P<>a)", r"x{2}{3}", r"^*", r"\b+", r"(?:", r"[]", r"(a\1)", r"(?(1)a|b|c)",
                r"\N", r"[\8]", r"(?", "é(", "ab\ncd(", "a\n  (?P<b>x)(?P<b>y)"]:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == pattern)
# expect: '(ab' -> missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0 1 1 True
# expect: 'ab)' -> unbalanced parenthesis at position 2 | unbalanced parenthesis 2 1 3 True
# expect: '*a' -> nothing to repeat at position 0 | nothing to repeat 0 1 1 True
# expect: 'a**' -> multiple repeat at position 2 | multiple repeat 2 1 3 True
# expect: 'a{3,2}' -> min repeat greater than max repeat at position 2 | min repeat greater than max repeat 2 1 3 True
# expect: '[abc' -> unterminated character set at position 0 | unterminated character set 0 1 1 True
# expect: '[z-a]' -> bad character range z-a at position 1 | bad character range z-a 1 1 2 True
# expect: 'a\\' -> bad escape (end of pattern) at position 1 | bad escape (end of pattern) 1 1 2 True
# expect: '\\q' -> bad escape \q at position 0 | bad escape \q 0 1 1 True
# expect: '(?P<1a>x)' -> bad character in group name '1a' at position 4 | bad character in group name '1a' 4 1 5 True
# expect: '(?P<a>x)(?P<a>y)' -> redefinition of group name 'a' as group 2; was group 1 at position 12 | redefinition of group name 'a' as group 2; was group 1 12 1 13 True
# expect: '(?P=zz)' -> unknown group name 'zz' at position 4 | unknown group name 'zz' 4 1 5 True
# expect: '\\3' -> invalid group reference 3 at position 1 | invalid group reference 3 1 1 2 True
# expect: '(?<=a+)b' -> look-behind requires fixed-width pattern | look-behind requires fixed-width pattern None None None False
# expect: '(?<x>a)' -> unknown extension ?<x at position 1 | unknown extension ?<x 1 1 2 True
# expect: '(?Px)' -> unknown extension ?Px at position 1 | unknown extension ?Px 1 1 2 True
# expect: 'a(?i)b' -> global flags not at the start of the expression at position 1 | global flags not at the start of the expression 1 1 2 True
# expect: '(?i' -> missing -, : or ) at position 3 | missing -, : or ) 3 1 4 True
# expect: '(?z)' -> unknown extension ?z at position 1 | unknown extension ?z 1 1 2 True
# expect: '\\x4' -> incomplete escape \x4 at position 0 | incomplete escape \x4 0 1 1 True
# expect: '\\u12' -> incomplete escape \u12 at position 0 | incomplete escape \u12 0 1 1 True
# expect: '[a-\\d]' -> bad character range a-\d at position 1 | bad character range a-\d 1 1 2 True
# expect: '\\777' -> octal escape value \777 outside of range 0-0o377 at position 0 | octal escape value \777 outside of range 0-0o377 0 1 1 True
# expect: '(?#abc' -> missing ), unterminated comment at position 0 | missing ), unterminated comment 0 1 1 True
# expect: 'a|*' -> nothing to repeat at position 2 | nothing to repeat 2 1 3 True
# expect: '(a)(?(2)b|c)' -> invalid group reference 2 at position 6 | invalid group reference 2 6 1 7 True
# expect: '(?P<a>' -> missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0 1 1 True
# expect: '(?P<>a)' -> missing group name at position 4 | missing group name 4 1 5 True
# expect: 'x{2}{3}' -> multiple repeat at position 4 | multiple repeat 4 1 5 True
# expect: '^*' -> nothing to repeat at position 1 | nothing to repeat 1 1 2 True
# expect: '\\b+' -> nothing to repeat at position 2 | nothing to repeat 2 1 3 True
# expect: '(?:' -> missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0 1 1 True
# expect: '[]' -> unterminated character set at position 0 | unterminated character set 0 1 1 True
# expect: '(a\\1)' -> cannot refer to an open group at position 2 | cannot refer to an open group 2 1 3 True
# expect: '(?(1)a|b|c)' -> conditional backref with more than two branches at position 8 | conditional backref with more than two branches 8 1 9 True
# expect: '\\N' -> missing { at position 2 | missing { 2 1 3 True
# expect: '[\\8]' -> bad escape \8 at position 1 | bad escape \8 1 1 2 True
# expect: '(?' -> unexpected end of pattern at position 2 | unexpected end of pattern 2 1 3 True
# expect: 'é(' -> missing ), unterminated subpattern at position 1 | missing ), unterminated subpattern 1 1 2 True
# expect: 'ab\ncd(' -> missing ), unterminated subpattern at position 5 (line 2, column 3) | missing ), unterminated subpattern 5 2 3 True
# expect: 'a\n  (?P<b>x)(?P<b>y)' -> redefinition of group name 'b' as group 2; was group 1 at position 16 (line 2, column 15) | redefinition of group name 'b' as group 2; was group 1 16 2 15 True

for bad in [lambda: re.compile(r"x", re.A | re.U), lambda: re.compile(re.compile("x"), re.I),
            lambda: re.match(5, "x"), lambda: re.match("x", 5), lambda: re.findall("x", None), lambda: re.escape(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
# expect: ValueError: ASCII and UNICODE flags are incompatible
# expect: ValueError: cannot process flags argument with a compiled pattern
# expect: TypeError: first argument must be string or compiled pattern
# expect: TypeError: expected string or bytes-like object, got 'int'
# expect: TypeError: expected string or bytes-like object, got 'NoneType'
# expect: TypeError: decoding to str: need a bytes-like object, int found
print(issubclass(re.error, Exception), re.error("msg").msg, str(re.error("m", "abc", 1)), re.error("m", "a\nbc", 3).colno)
# expect: True msg m at position 1 2
re.compile(r"(?P<name>a)|(?P=nam)")
# expect runtime error: re.error: unknown group name 'nam' at position 16
