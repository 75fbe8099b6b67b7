# textwrap: wrap and fill by CPython's rules for breaking words (hyphens, em-dashes).
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Hello there -- you goof-ball, use the -b option! "
        "Well-known self-evident truths are x--y and a-b-c-d; look,--here at 3-4 things.")
for width in (10, 20, 33, 70):
    print(textwrap.wrap(text, width))
# expect: ['The quick', 'brown fox', 'jumps over', 'the lazy', 'dog. Hello', 'there --', 'you goof-', 'ball, use', 'the -b', 'option!', 'Well-known', 'self-', 'evident', 'truths are', 'x--y and', 'a-b-c-d;', 'look,--', 'here at', '3-4', 'things.']
# expect: ['The quick brown fox', 'jumps over the lazy', 'dog. Hello there --', 'you goof-ball, use', 'the -b option! Well-', 'known self-evident', 'truths are x--y and', 'a-b-c-d; look,--here', 'at 3-4 things.']
# expect: ['The quick brown fox jumps over', 'the lazy dog. Hello there -- you', 'goof-ball, use the -b option!', 'Well-known self-evident truths', 'are x--y and a-b-c-d; look,--here', 'at 3-4 things.']
# expect: ['The quick brown fox jumps over the lazy dog. Hello there -- you goof-', 'ball, use the -b option! Well-known self-evident truths are x--y and', 'a-b-c-d; look,--here at 3-4 things.']
print(textwrap.fill(text, 25, initial_indent="* ", subsequent_indent="  "))
# expect: * The quick brown fox
# expect:   jumps over the lazy
# expect:   dog. Hello there -- you
# expect:   goof-ball, use the -b
# expect:   option! Well-known
# expect:   self-evident truths are
# expect:   x--y and a-b-c-d; look,
# expect:   --here at 3-4 things.
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
# expect: ['supercalif', 'ragilistic', 'expialidoc', 'ious is', 'long']
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
# expect: ['supercalifragilisticexpialidocious', 'is long']
print(textwrap.wrap("abc-defghijklmnop-qrstuvwxyz", 8))
# expect: ['abc-defg', 'hijklmno', 'p-qrstuv', 'wxyz']
print(textwrap.wrap("abc-defghijklmnop-qrstuvwxyz", 8, break_on_hyphens=False))
# expect: ['abc-defg', 'hijklmno', 'p-qrstuv', 'wxyz']
print(textwrap.wrap("   leading   spaces\tand\ttabs\nand newlines  ", 12))
# expect: ['   leading', 'spaces', 'and     tabs', 'and newlines']
print(textwrap.wrap("   leading   spaces and more", 12, drop_whitespace=False))
# expect: ['   leading', '   spaces ', 'and more']
print(textwrap.wrap("a\tb\tc", 30, expand_tabs=False), textwrap.wrap("a\tb", 30, tabsize=4))
# expect: ['a b c'] ['a   b']
print(textwrap.wrap("a\nb  c", 30, replace_whitespace=False))  # expect: ['a\nb  c']
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one", 10))
# expect: [] [] one
print(textwrap.wrap("This is it.  Yes! Ok. No 'quote.' then", 80, fix_sentence_endings=True))
# expect: ["This is it.  Yes!  Ok.  No 'quote.'  then"]
w = textwrap.TextWrapper(width=15, max_lines=2)
print(w.wrap(text))  # expect: ['The quick brown', 'fox jumps [...]']
print(textwrap.wrap(text, 15, max_lines=3, placeholder=" ..."))
# expect: ['The quick brown', 'fox jumps over', 'the lazy ...']
print(textwrap.fill("Hello  world, this is a long sentence.", 12, max_lines=1))
# expect: Hello [...]
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11))
# expect: Hello world! Hello [...]
print(textwrap.shorten("Hello   world  ", width=20), textwrap.shorten("The  quick brown fox", 15, placeholder="~"))
# expect: Hello world The quick~
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)  # expect: invalid width 0 (must be > 0)
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print(e)  # expect: placeholder too large for max width
