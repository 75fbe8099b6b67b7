# re: the pattern syntax — characters and escapes, classes, anchors, groups, alternation,
# greedy, lazy and counted repeats, lookaround, backreferences, conditionals, Unicode.
import re

print(re.findall(r"a.c", "abc a c a\nc"), re.findall(r"\.\*\+\?\\", ".*+?\\ x"))
# expect: ['abc', 'a c'] ['.*+?\\']
print(re.findall(r"[abc]+", "aabbxcc"), re.findall(r"[^a-c ]+", "abc def ghi"), re.findall(r"[]a]", "a]b"))
# expect: ['aabb', 'cc'] ['def', 'ghi'] ['a', ']']
print(re.findall(r"[-a]", "a-b"), re.findall(r"[a-]", "a-b"), re.findall(r"[\d.]+", "v1.25 and 3.0"))
# expect: ['a', '-'] ['a', '-'] ['1.25', '3.0']
print(re.findall(r"\d+", "a1 b22 c333"), re.findall(r"\D+", "a1 b22"), re.findall(r"\w+", "hi, wörld_1 ß"))
# expect: ['1', '22', '333'] ['a', ' b'] ['hi', 'wörld_1', 'ß']
print(re.findall(r"\W+", "a, b; c"), re.findall(r"\s+", "a \t\nb"), re.findall(r"\S+", " x yz "))
# expect: [', ', '; '] [' \t\n'] ['x', 'yz']
print(re.findall(r"\x41\u00e9\U0001F600|\101", "Aé😀 A"), re.findall(r"\t|\n|\0|\x00", "\t\n\0"))
# expect: ['Aé😀', 'A'] ['\t', '\n', '\x00']
print(re.findall(r"[\w-]+", "well-known x_y"), re.findall(r"[\s,]+", "a, b,c"), re.findall(r"[^\W\d]+", "ab12cd"))
# expect: ['well-known', 'x_y'] [', ', ','] ['ab', 'cd']
print(re.findall(r"^\w+", "one two\nthree"), re.findall(r"\w+$", "one two\nthree"), re.findall(r"\bt\w*", "top stop two"))
# expect: ['one'] ['three'] ['top', 'two']
print(re.findall(r"\Bo\B", "foo boo o"), re.search(r"\Aab", "ab").span(), re.search(r"ab\Z", "xab").span(), re.search(r"ab\Z", "ab\n"))
# expect: ['o', 'o'] (0, 2) (1, 3) None
print(re.search(r"a$", "ba\n").span(), re.findall(r"$", "a\n"), re.findall(r"^", "a\nb"))
# expect: (1, 2) ['', ''] ['']

m = re.match(r"(\w+)@(\w+)\.(com|org)", "ada@example.org!")
print(m.groups(), m.group(0), m.group(3), m.span(2))
# expect: ('ada', 'example', 'org') ada@example.org org (4, 11)
print(re.match(r"(?:ab)+(c)", "ababc").groups(), re.match(r"(?P<first>\w+) (?P<last>\w+)", "Ada Lovelace").groupdict())
# expect: ('c',) {'first': 'Ada', 'last': 'Lovelace'}
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"((a)(b))", "ab").groups(), re.match(r"(a)(?P<n>b)?", "a").groups())
# expect: (None, 'b') ('ab', 'a', 'b') ('a', None)
print(re.findall(r"cat|category|dog", "category dog cat"), re.match(r"a|ab|abc", "abc").group())
# expect: ['cat', 'dog', 'cat'] a

print(re.match(r"a*", "aaa").group(), re.match(r"a+?", "aaa").group(), re.match(r"a*?b", "aaab").group())
# expect: aaa a aaab
print(re.match(r"<.*>", "<a><b>").group(), re.match(r"<.*?>", "<a><b>").group(), repr(re.match(r"a??", "a").group()))
# expect: <a><b> <a> ''
print(re.findall(r"a{2}", "aaaaa"), re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a{2,}", "a aa aaaa"))
# expect: ['aa', 'aa'] ['aaa', 'aaa'] ['aa', 'aaaa']
print(re.findall(r"a{,2}", "aaa"), re.findall(r"a{2,3}?", "aaaaa"), re.findall(r"x{1}y", "xy xxy"), re.findall(r"a{", "a{"))
# expect: ['aa', 'a', ''] ['aa', 'aa'] ['xy', 'xy'] ['a{']
print(re.match(r"(ab){2,3}", "abababab").group(), re.match(r"(?:a|b){3}c", "abac").group(), re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
# expect: ababab abac ('a', 'bcd', '')
print(re.match(r"(a+)+b", "aaab").groups(), re.match(r"(a*)*", "b").groups(), re.match(r"(a|)+", "aab").groups())
# expect: ('aaa',) ('',) ('',)
print(re.match(r"(?:(a)|b)+", "ab").groups(), re.match(r"(\d+?)(\d*)", "1234").groups())
# expect: ('a',) ('1', '234')

print(re.findall(r"\w+(?=,)", "a, b, c"), re.findall(r"\b\w+\b(?!,)", "a, b, c"), re.findall(r"(?<=\$)\d+", "$10 and 20 $30"))
# expect: ['a', 'b'] ['c'] ['10', '30']
print(re.findall(r"(?<!\$)\b\d+", "$10 and 20 $30"), re.search(r"(?<=ab|cd)e", "xcde").span(), re.findall(r"(?=(\w\w))", "abcd"))
# expect: ['20'] (3, 4) ['ab', 'bc', 'cd']
print(re.match(r"(?=(a+))a*b\1", "baaabac"), re.search(r"(?=(a+))a*b\1", "baaabac").group())
# expect: None aba
print(re.match(r"(\w)\1", "aa"), re.findall(r"(\w)\1", "aabbcd"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group())
# expect: <re.Match object; span=(0, 2), match='aa'> ['a', 'b'] 'hi'
print(re.search(r"(a)?(?(1)b|c)", "xc").group(), re.search(r"(a)?(?(1)b|c)", "ab").group(), re.findall(r"(<)?\w+(?(1)>)", "<a> b <c"))
# expect: c ab ['<', '', '']
print(re.match(r"(?>a+)b", "aaab").group(), re.match(r"(?>a+)ab", "aaab"), re.match(r"a++b", "aab").group(), re.match(r"a*+a", "aaa"))
# expect: aaab None aab None
print(re.findall(r"(?#a comment)\d", "1a2"), re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj").group())
# expect: ['1', '2'] abcdefghijj

print(re.findall(r"é+", "ééé e é"), re.search(r"ü", "Grüße").span(), re.findall(r"\w+", "naïve café 東京 ٣"))
# expect: ['ééé', 'é'] (2, 3) ['naïve', 'café', '東京', '٣']
print(re.search(r"[α-ω]+", "abc αβγ").span(), re.findall(r".", "a😀b"), re.findall(r"\d", "1٣۴"), re.split(r"\s", "a\u2003b"))
# expect: (4, 7) ['a', '😀', 'b'] ['1', '٣', '۴'] ['a', 'b']
print(re.match(r"(?P<ünï>x)", "x").groupdict(), re.search(r"b", "😀😀b").span(), re.sub(r"😀", "-", "a😀b😀"))
# expect: {'ünï': 'x'} (2, 3) a-b-
