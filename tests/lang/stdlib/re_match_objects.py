# re: Match objects (group, groups, groupdict, span, start, end, expand, lastindex,
# lastgroup, regs, [] and repr) and Pattern objects (pattern, flags, groups, groupindex, repr).
import re

m = re.search(r"(?P<key>\w+)=(?P<value>\d+)?(;)?", "x: alpha=42;")
print(m)  # expect: <re.Match object; span=(3, 12), match='alpha=42;'>
print(m.group(), m.group(0), m.group(1), m.group("value"), m.group(1, "value", 3), m.group(0, 2))
# expect: alpha=42; alpha=42; alpha 42 ('alpha', '42', ';') ('alpha=42;', '42')
print(m.groups(), m.groupdict(), m[0], m[1], m["key"], m[3], m.start(), m.end(), m.span(), m.span("value"), m.start(2), m.end(3))
# expect: ('alpha', '42', ';') {'key': 'alpha', 'value': '42'} alpha=42; alpha alpha ; 3 12 (3, 12) (9, 11) 9 12
print(m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos, m.regs, bool(m))
# expect: 3 None (?P<key>\w+)=(?P<value>\d+)?(;)? x: alpha=42; 0 12 ((3, 12), (3, 8), (9, 11), (11, 12)) True
print(m.expand(r"\2 is \g<key>!"), m.expand(r"[\g<1>][\g<value>][\3]\n"), m.re is re.compile(r"(?P<key>\w+)=(?P<value>\d+)?(;)?"))
# expect: 42 is alpha! [alpha][42][;]
# expect:  True

n = re.match(r"(a)(b)?(c)?", "ac")
print(n.groups(), n.groups("-"), n.group(2), n.span(2), n.start(2), n.end(2), n.regs, n.lastindex, n.lastgroup)
# expect: ('a', None, 'c') ('a', '-', 'c') None (-1, -1) -1 -1 ((0, 2), (0, 1), (-1, -1), (1, 2)) 3 None
print(re.match(r"(?P<x>a)(?P<y>b)?", "a").groupdict(), re.match(r"(?P<x>a)(?P<y>b)?", "a").groupdict(default="?"))
# expect: {'x': 'a', 'y': None} {'x': 'a', 'y': '?'}
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex, re.match(r"(?P<o>(?P<i>a))", "a").lastgroup, re.match(r"a", "a").lastindex)
# expect: 1 2 o None
print(re.match(r"(a)|b", "b").lastindex, re.match(r"(?P<n>a)(b)", "ab").lastgroup, re.match(r"x", "xyz"), re.search(r"b", "a" * 100 + "b"))
# expect: None None <re.Match object; span=(0, 1), match='x'> <re.Match object; span=(100, 101), match='b'>
print(re.match(r".*", "a'b\"c\n"), re.search(r"é+", "café"), re.match(r"", "abc"), re.compile(r"\d+").search("a9", 0, 2).endpos)
# expect: <re.Match object; span=(0, 5), match='a\'b"c'> <re.Match object; span=(3, 4), match='é'> <re.Match object; span=(0, 0), match=''> 2

print(re.compile(r"ab+c"), re.compile(r"a", re.I), re.compile(r"a", re.I | re.M | re.S), re.compile("it's"), re.compile(r"\d"))
# expect: re.compile('ab+c') re.compile('a', re.IGNORECASE) re.compile('a', re.IGNORECASE|re.MULTILINE|re.DOTALL) re.compile("it's") re.compile('\\d')
print(re.compile(r"(?i)a"), re.compile(r"a", re.X | re.A), re.compile("x" * 300) == re.compile("x" * 300))
# expect: re.compile('(?i)a', re.IGNORECASE) re.compile('a', re.VERBOSE|re.ASCII) True
p = re.compile(r"(?P<a>x)(y)(?P<b>z)")
print(p.pattern, p.flags, p.groups, dict(p.groupindex), re.compile(r"a").groupindex == {})
# expect: (?P<a>x)(y)(?P<b>z) 32 3 {'a': 1, 'b': 3} True

for g in [4, -1, "nope", 1.5]:
    try:
        print(m.group(g))
    except IndexError as e:
        print("IndexError:", e)
# expect: IndexError: no such group
# expect: IndexError: no such group
# expect: IndexError: no such group
# expect: IndexError: no such group
try:
    m.start(9)
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: no such group
