# string.Formatter: str.format's parsing and formatting as methods a subclass overrides.
from string import Formatter

f = Formatter()
print(f.format("{0} + {1} = {2:>5}", 2, 3, 2 + 3))  # expect: 2 + 3 =     5
print(f.format("{name!r:^10}|{x[1]}|{x[k]}|{p.real:.2f}", name="ab", x={1: "one", "k": "kay"}, p=2.5))
# expect:    'ab'   |one|kay|2.50
print(f.format("{} and {}", "a", "b"), f.format("{:{w}.{p}f}", 3.14159, w=8, p=2), f.format("{{}} {0}", 9))
# expect: a and b     3.14 {} 9
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))  # expect: 1-2
print(list(f.parse("a{0}b{1:x}c{{d}}e{!r}")))
# expect: [('a', '0', '', None), ('b', '1', 'x', None), ('c{', None, None, None), ('d}', None, None, None), ('e', '', '', 'r')]
print(list(f.parse("{a.b[0]!s:>{w}}")), list(f.parse("")), list(f.parse("}}")))
# expect: [('', 'a.b[0]', '>{w}', 's')] [] [('}', None, None, None)]
print(f.get_field("0.real", [5], {}), f.get_value("k", (), {"k": 1}), f.convert_field(1, "r"), f.format_field(3, "03"))
# expect: (5, 0) 1 1 003
for text, args in [("{0}{}", (1, 2)), ("}", ()), ("{", ()), ("{0!x}", (1,)), ("{0:{1:{2}}}", (1, 2, 3)),
                   ("{0!rr}", (1,)), ("{0.}", (1,)), ("{0[}", (1,)), ("{2}", (1,))]:
    try:
        f.format(text, *args)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
# expect: ValueError cannot switch from manual field specification to automatic field numbering
# expect: ValueError Single '}' encountered in format string
# expect: ValueError Single '{' encountered in format string
# expect: ValueError Unknown conversion specifier x
# expect: ValueError Max string recursion exceeded
# expect: ValueError expected ':' after conversion specifier
# expect: ValueError Empty attribute in format string
# expect: ValueError expected '}' before end of string
# expect: IndexError tuple index out of range


class Upper(Formatter):
    def format_field(self, value, format_spec):
        return format(value, format_spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

    def check_unused_args(self, used_args, args, kwargs):
        print("used", sorted(used_args, key=str))


print(Upper().format("{0} {who} {missing} {1:x}", "hi", 255, who="you"))
# expect: used [0, 1, 'missing', 'who']
# expect: HI YOU <MISSING> FF
