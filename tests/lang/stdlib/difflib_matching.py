# difflib: SequenceMatcher's blocks, opcodes and ratios (junk, autojunk's popular
# elements, ties between equally long blocks), get_close_matches.
from difflib import SequenceMatcher, get_close_matches, IS_LINE_JUNK, IS_CHARACTER_JUNK

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks()[:3])
print(s.find_longest_match(0, 29, 0, 38))
s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
for a, b in [("qabxcd", "abycdf"), ("", "abc"), ("abc", ""), ("", ""), ("tide", "diet"), ("aaaa", "aa")]:
    m = SequenceMatcher(None, a, b)
    print(repr(a), repr(b), m.get_opcodes(), round(m.ratio(), 4))
# Over 200 items, an element in more than 1% + 1 of b is "popular" and not indexed.
a = ["x"] * 5 + list(range(100))
b = list(range(50)) + ["x"] * 150 + list(range(50, 100))
m = SequenceMatcher(None, a, b)
print(m.bpopular, len(m.get_matching_blocks()), m.get_matching_blocks()[0], round(m.ratio(), 4))
m = SequenceMatcher(None, a, b, autojunk=False)
print(m.bpopular, m.get_matching_blocks()[:2])
m = SequenceMatcher(None, list(range(10)) + list(range(30)), list(range(30)) + list(range(10)))
print(m.get_matching_blocks())
lines1 = ["l%d\n" % i for i in range(20)]
lines2 = lines1[:3] + ["new\n"] + lines1[4:15] + lines1[16:]
for group in SequenceMatcher(None, lines1, lines2).get_grouped_opcodes(2):
    print(group)
print(list(SequenceMatcher(None, "a", "a").get_grouped_opcodes()))
m = SequenceMatcher()
m.set_seqs("abcd", "bcde")
print(m.a, m.b, m.ratio())
m.set_seq1("bcde")
print(m.ratio(), m.get_opcodes())
print(get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(get_close_matches("wheel", ["while", "wheat", "wheeled", "heel", "whale"], n=2, cutoff=0.5))
print(get_close_matches("accept", ["except", "accent", "expect", "accept"]))
print(get_close_matches("zzz", ["a", "b"]))
for bad in [dict(n=0), dict(cutoff=1.5)]:
    try:
        get_close_matches("a", ["a"], **bad)
    except ValueError as e:
        print(e)
print(IS_LINE_JUNK("\n"), IS_LINE_JUNK("  #   \n"), IS_LINE_JUNK("hello\n"), IS_LINE_JUNK("##"))
print(IS_CHARACTER_JUNK(" "), IS_CHARACTER_JUNK("\t"), IS_CHARACTER_JUNK("\n"), IS_CHARACTER_JUNK("x"))
match = SequenceMatcher(None, "hello", "yellow").find_longest_match()
print(match, match.a, match.size, tuple(match), match == (1, 1, 4))
# expect: [Match(a=0, b=0, size=2), Match(a=3, b=2, size=2), Match(a=5, b=4, size=0)]
# expect: [('equal', 0, 2, 0, 2), ('delete', 2, 3, 2, 2), ('equal', 3, 5, 2, 4)]
# expect: 0.8888888888888888 0.8888888888888888 0.8888888888888888
# expect: 0.866 [Match(a=0, b=0, size=8), Match(a=8, b=17, size=21), Match(a=29, b=38, size=0)]
# expect: Match(a=14, b=23, size=15)
# expect: Match(a=0, b=4, size=5)
# expect: Match(a=1, b=0, size=4)
# expect: 'qabxcd' 'abycdf' [('delete', 0, 1, 0, 0), ('equal', 1, 3, 0, 2), ('replace', 3, 4, 2, 3), ('equal', 4, 6, 3, 5), ('insert', 6, 6, 5, 6)] 0.6667
# expect: '' 'abc' [('insert', 0, 0, 0, 3)] 0.0
# expect: 'abc' '' [('delete', 0, 3, 0, 0)] 0.0
# expect: '' '' [] 1.0
# expect: 'tide' 'diet' [('insert', 0, 0, 0, 3), ('equal', 0, 1, 3, 4), ('delete', 1, 4, 4, 4)] 0.25
# expect: 'aaaa' 'aa' [('equal', 0, 2, 0, 2), ('delete', 2, 4, 2, 2)] 0.6667
# expect: {'x'} 3 Match(a=5, b=0, size=50) 0.5634
# expect: set() [Match(a=5, b=0, size=50), Match(a=55, b=200, size=50)]
# expect: [Match(a=10, b=0, size=30), Match(a=40, b=40, size=0)]
# expect: [('equal', 1, 3, 1, 3), ('replace', 3, 4, 3, 4), ('equal', 4, 6, 4, 6)]
# expect: [('equal', 13, 15, 13, 15), ('delete', 15, 16, 15, 15), ('equal', 16, 18, 15, 17)]
# expect: []
# expect: abcd bcde 0.75
# expect: 1.0 [('equal', 0, 4, 0, 4)]
# expect: ['apple', 'ape']
# expect: ['heel', 'wheeled']
# expect: ['accept', 'accent', 'except']
# expect: []
# expect: n must be > 0: 0
# expect: cutoff must be in [0.0, 1.0]: 1.5
# expect: True True False False
# expect: True True False False
# expect: Match(a=1, b=1, size=4) 1 4 (1, 1, 4) True
