# textwrap: dedent removes the common margin, indent adds a prefix.
import textwrap

s = """
    def f():
        return 1
      
    x = 2
"""
print(repr(textwrap.dedent(s)))  # expect: '\ndef f():\n    return 1\n\nx = 2\n'
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\ta\n\t\tb\n  \n")))
# expect: '  a\n\tb\n' 'a\n\tb\n\n'
print(repr(textwrap.dedent("  hello\n    world\n")), repr(textwrap.dedent("none\n  here")))
# expect: 'hello\n  world\n' 'none\n  here'
print(repr(textwrap.dedent("   a\n  b\n    c")), repr(textwrap.dedent("  \t a\n  \tb")))
# expect: ' a\nb\n  c' ' a\nb'
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))                # expect: '> a\n\n> b\n  \n> c'
print(repr(textwrap.indent("a\nb\r\nc", "+", lambda line: True)))  # expect: '+a\n+b\r\n+c'
print(repr(textwrap.indent("one\ntwo", "  ", predicate=lambda line: "o" in line[:1])))
# expect: '  one\ntwo'
