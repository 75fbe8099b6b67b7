# re: the flags (IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII), inline (?i) and scoped
# (?i:...) forms, and Pattern.flags.
import re

print(int(re.I), int(re.IGNORECASE), int(re.M), int(re.S), int(re.DOTALL), int(re.X), int(re.A), int(re.U), int(re.NOFLAG))
# expect: 2 2 8 16 16 64 256 32 0
print(re.findall(r"abc", "ABC abc AbC", re.I), re.findall(r"[a-c]+", "ABCabcXYZ", re.IGNORECASE), re.match(r"ǅ", "ǆ", re.I))
# expect: ['ABC', 'abc', 'AbC'] ['ABCabc'] <re.Match object; span=(0, 1), match='ǆ'>
print(re.findall(r"straße", "STRASSE Straße STRAßE", re.I), re.match(r"σ", "Σ", re.I).group(), re.match(r"[^a]", "A", re.I))
# expect: ['Straße', 'STRAßE'] Σ None
print(re.match(r"(a)\1", "aA", re.I).group(), re.findall(r"k", "K\u212ak", re.I), re.findall(r"é", "É", re.I))
# expect: aA ['K', 'K', 'k'] ['É']
print(re.findall(r"^\w", "ab\ncd\nef"), re.findall(r"^\w", "ab\ncd\nef", re.M), re.findall(r"\w$", "ab\ncd", re.M))
# expect: ['a'] ['a', 'c', 'e'] ['b', 'd']
print(re.findall(r"a.b", "a\nb axb"), re.findall(r"a.b", "a\nb axb", re.S), re.findall(r"a.b", "a\nb", re.S | re.M))
# expect: ['axb'] ['a\nb', 'axb'] ['a\nb']
pattern = re.compile(r"""
    (?P<year>\d{4})   # the year
    -                 # a dash
    (?P<month>\d\d)   # the month
    [ ]x              # a space, kept in a class
""", re.X)
print(pattern.match("2024-03 x").groupdict(), pattern.groups, pattern.flags)
# expect: {'year': '2024', 'month': '03'} 2 96
print(re.findall(r"\w+", "héllo wörld", re.A), re.findall(r"\d", "1٣", re.ASCII), re.findall(r"\s", "a\u2003b c", re.A))
# expect: ['h', 'llo', 'w', 'rld'] ['1'] [' ']
print(re.findall(r"é", "É", re.A | re.I), re.findall(r"[a-z]", "aBc", re.A | re.I), re.findall(r"\bb", "ébé b", re.A))
# expect: [] ['a', 'B', 'c'] ['b', 'b']
print(re.findall(r"(?i)abc", "ABC"), re.findall(r"(?m)^x", "x\nx"), re.findall(r"(?s)a.b", "a\nb"), re.findall(r"(?x) a b c ", "abc"))
# expect: ['ABC'] ['x', 'x'] ['a\nb'] ['abc']
print(re.findall(r"(?a)\w+", "hé"), re.findall(r"(?im)^a", "A\na"), re.findall(r"(?i)(?m)^a", "A\na"))
# expect: ['h'] ['A', 'a'] ['A', 'a']
print(re.findall(r"a(?i:b)c", "abc aBc abC"), re.findall(r"(?i)a(?-i:b)c", "ABC AbC"), re.findall(r"(?s:.)(.)", "\n\n\nx"))
# expect: ['abc', 'aBc'] ['AbC'] ['x']
print(re.compile(r"(?i)x").flags, re.compile(r"x", re.I | re.M).flags, re.compile(r"(?x)x").flags, re.compile(r"(?a)x").flags)
# expect: 34 42 96 256
print(int(re.compile(r"x", re.S).flags & re.S), int(re.I | re.S), re.compile(r"x", re.A).flags, re.compile(r"(?s)x", re.M).flags)
# expect: 16 18 256 56
print(re.compile(r"a#b\ c", re.X).match("a c"), re.compile(r"[#x]", re.X).findall("#x"), re.compile(r"a{1,2} b", re.X).findall("aab"))
# expect: <re.Match object; span=(0, 1), match='a'> ['#', 'x'] ['aab']
