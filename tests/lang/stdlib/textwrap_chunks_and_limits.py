# textwrap: hyphen and em-dash chunking, long words, sentence endings, max_lines and
# placeholders, tabs, and dedent/indent corner cases.
import textwrap

w = textwrap.TextWrapper(width=12)
for text in ["a well-known self-evident half-baked idea", "Hello--world and well--then", "x--y 12-34 a-b-c-d",
             "--leading dashes--", "anti-anti-establishment", "e-mail e--mail 3-D", "tri-state-of-the-art"]:
    print(w._split(text))
    print(w.wrap(text))
print(textwrap.wrap("Supercalifragilisticexpialidocious is a long-winded word", width=10))
print(textwrap.wrap("Supercalifragilisticexpialidocious is a long word", width=10, break_long_words=False))
print(textwrap.wrap("abcdefghij-klmnopqrst-uvw", width=8))
print(textwrap.wrap("----------abc", width=4))
print(textwrap.wrap("no hyphen-breaks here", width=12, break_on_hyphens=False))
print(textwrap.fill("It ends. Another one! A question? \"Quoted.\" Done.", width=30, fix_sentence_endings=True))
print(textwrap.wrap("one two three four five six seven eight nine ten", width=15, max_lines=2))
print(textwrap.wrap("one two three four five six", width=15, max_lines=2, placeholder="..."))
print(textwrap.wrap("aaaaaaaaaaaaaaaaaaaa bbbbbbb", width=10, max_lines=1, placeholder=" [..]"))
print(textwrap.shorten("Hello   world, this is a longer sentence", width=20))
print(textwrap.shorten("Hi", width=10), textwrap.shorten("  lots   of   space  ", 40))
print(textwrap.wrap("\ttab\tand\vvertical\ftext", width=9))
print(textwrap.wrap("a\tb", width=20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("  keep  spaces  ", width=6, drop_whitespace=False))
print(textwrap.wrap("first line of text", width=10, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(""), textwrap.wrap("   "))
for bad in [dict(width=0), dict(width=4, max_lines=1, placeholder=" [.....]")]:
    try:
        textwrap.wrap("some words here", **bad)
    except ValueError as e:
        print(e)
print(repr(textwrap.dedent("    a\n      b\n   \n    c\n")))
print(repr(textwrap.dedent("\ta\n  b\n")), repr(textwrap.dedent("  x\r\n  y")), repr(textwrap.dedent("  \n\n")))
print(repr(textwrap.indent("a\n\n  \nb", "> ")), repr(textwrap.indent("a\nb\n", "+ ", lambda line: True)))
# expect: ['a', ' ', 'well-', 'known', ' ', 'self-', 'evident', ' ', 'half-', 'baked', ' ', 'idea']
# expect: ['a well-known', 'self-evident', 'half-baked', 'idea']
# expect: ['Hello', '--', 'world', ' ', 'and', ' ', 'well', '--', 'then']
# expect: ['Hello--world', 'and well--', 'then']
# expect: ['x', '--', 'y', ' ', '12-34', ' ', 'a-b-', 'c-d']
# expect: ['x--y 12-34', 'a-b-c-d']
# expect: ['--leading', ' ', 'dashes--']
# expect: ['--leading', 'dashes--']
# expect: ['anti-', 'anti-', 'establishment']
# expect: ['anti-anti-es', 'tablishment']
# expect: ['e-mail', ' ', 'e', '--', 'mail', ' ', '3-D']
# expect: ['e-mail e--', 'mail 3-D']
# expect: ['tri-', 'state-', 'of-', 'the-', 'art']
# expect: ['tri-state-', 'of-the-art']
# expect: ['Supercalif', 'ragilistic', 'expialidoc', 'ious is a', 'long-', 'winded', 'word']
# expect: ['Supercalifragilisticexpialidocious', 'is a long', 'word']
# expect: ['abcdefgh', 'ij-klmno', 'pqrst-', 'uvw']
# expect: ['----', '----', '--ab', 'c']
# expect: ['no hyphen-br', 'eaks here']
# expect: It ends.  Another one!  A
# expect: question?  "Quoted."  Done.
# expect: ['one two three', 'four five [...]']
# expect: ['one two three', 'four five six']
# expect: ['[..]']
# expect: Hello world, [...]
# expect: Hi lots of space
# expect: ['tab', 'and', 'vertical', 'text']
# expect: ['a\tb']
# expect: ['  keep', '  ', 'spaces', '  ']
# expect: ['* first', '  line of', '  text']
# expect: [] []
# expect: invalid width 0 (must be > 0)
# expect: placeholder too large for max width
# expect: 'a\n  b\n\nc\n'
# expect: '\ta\n  b\n' 'x\r\ny' '\n\n'
# expect: '> a\n\n  \n> b' '+ a\n+ b\n'
