# re: the module's functions and the Pattern methods, with pos and endpos; empty matches as
# CPython 3.7+ finds them; the cache of compiled patterns.
import re

print(re.match(r"\d+", "123abc"), re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123def"))
# expect: <re.Match object; span=(0, 3), match='123'> None <re.Match object; span=(3, 6), match='123'>
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.fullmatch(r"a|ab", "ab"))
# expect: <re.Match object; span=(0, 3), match='123'> None <re.Match object; span=(0, 2), match='ab'>
print(re.findall(r"\d+", "1 22 333"), re.findall(r"(\w)=(\d)", "a=1 b=2"), re.findall(r"(\w)=\d", "a=1 b=2"), re.findall(r"x", ""))
# expect: ['1', '22', '333'] [('a', '1'), ('b', '2')] ['a', 'b'] []
print([m.span() for m in re.finditer(r"\w+", "ab cd  ef")], [m.group(1) for m in re.finditer(r"(\d)", "a1b2")])
# expect: [(0, 2), (3, 5), (7, 9)] ['1', '2']
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"a", "b", "aaa", count=2), re.sub(r"a", "b", "aaa", 1), re.subn(r"a", "b", "banana"))
# expect: a b c bba baa ('bbnbnb', 3)
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"x*", "-", "abc"), re.sub(r"", "-", "ab"), re.subn(r"x*", "-", ""))
# expect: world hello -a-b-c- -a-b- ('-', 1)
print(re.split(r",", "a,b,,c"), re.split(r"(,)", "a,b"), re.split(r"\W+", "Words, words, words.", maxsplit=1), re.split(r"x*", "axbc"))
# expect: ['a', 'b', '', 'c'] ['a', ',', 'b'] ['Words', 'words, words.'] ['', 'a', '', 'b', 'c', '']
print(re.split(r"(a)|b", "xaybz"), re.split(r"\b", "hi there"), re.split(r"^$", "a\n\nb", flags=re.M), re.split(r"z", ""))
# expect: ['x', 'a', 'y', None, 'z'] ['', 'hi', ' ', 'there', ''] ['a\n', '\nb'] ['']
print(re.escape("a.b*c?d+e(f)[g]{h}|^$\\"), re.escape("hello world_1"), re.escape("é-#&~"), repr(re.escape("")))
# expect: a\.b\*c\?d\+e\(f\)\[g\]\{h\}\|\^\$\\ hello\ world_1 é\-\#\&\~ ''
print(re.findall(re.escape("1+1=2"), "is 1+1=2?"), re.sub(r"x", re.escape("\\"), "axb"))
# expect: ['1+1=2'] a\b

p = re.compile(r"\d+")
print(p.match("ab12", 2), p.match("ab12", 2, 3), p.search("12ab34", 1), p.search("12ab34", 2, 5), p.search("123", 5))
# expect: <re.Match object; span=(2, 4), match='12'> <re.Match object; span=(2, 3), match='1'> <re.Match object; span=(1, 2), match='2'> <re.Match object; span=(4, 5), match='3'> None
print(p.findall("1 2 3 4", 2), p.findall("1 2 3 4", 2, 5), [m.group() for m in p.finditer("1 2 3", 1, 4)], p.fullmatch("a12b", 1, 3))
# expect: ['2', '3', '4'] ['2', '3'] ['2'] <re.Match object; span=(1, 3), match='12'>
print(re.compile(r"^a").search("ba", 1), re.compile(r"^a", re.M).search("b\na", 1), re.compile(r"a$").search("ab", 0, 1))
# expect: None <re.Match object; span=(2, 3), match='a'> <re.Match object; span=(0, 1), match='a'>
print(re.compile(r"\bb").search("ab", 1), re.compile(r"(?<=a)b").search("ab", 1), p.match("12", -5, 100), p.search("12", 1, -1))
# expect: None <re.Match object; span=(1, 2), match='b'> <re.Match object; span=(0, 2), match='12'> None
print(p.sub("#", "a1b22"), p.subn("#", "a1b22", 1), p.split("a1b22c"), p.split("a1b22c", 1), p.pattern, p.groups)
# expect: a#b# ('a#b22', 1) ['a', 'b', 'c'] ['a', 'b22c'] \d+ 0
print(re.compile(r"a") is re.compile(r"a"), re.compile(p) is p, re.compile(r"a") == re.compile(r"a"), re.compile(r"a", re.I) == re.compile(r"a"))
# expect: True True True False
re.purge()
print(re.compile(r"a") == re.compile(r"a"), re.search(p, "x9").group(), re.findall(re.compile(r"\w"), "ab"))
# expect: True 9 ['a', 'b']
scanner = re.compile(r"\d|x").scanner("1x2")
print(scanner.match().group(), scanner.search().group(), scanner.match().group(), scanner.match())
# expect: 1 x 2 None
print(re.findall(r"\b", "ab cd"), [m.span() for m in re.finditer(r"a*", "baaac")], re.sub(r"a|(?=c)", "!", "abc"))
# expect: ['', '', '', ''] [(0, 0), (1, 4), (4, 4), (5, 5)] !b!c
print(re.findall(r"(?:)", "ab"), re.sub(r"(?<=a)", "-", "aaa"), re.split(r"(?=b)", "abab"))
# expect: ['', '', ''] a-a-a- ['a', 'ba', 'b']
