# string: Formatter.parse on escaped and nested braces and its errors, field names with
# attributes and indexes, numbering rules, and Template's placeholders at their edges.
import string

f = string.Formatter()
for s in ["{!}", "{!r", "{0!r:>{1}}", "a{{b}}c{", "}", "{a[}", "{0!x}", "{:{:{}}}", "{0[1]x}", "{a.}", "{a[]}",
          "{!r}", "{0!rx}", "plain", "{{}}", "x{0}y{name!s:^5}z", "{a[b]c}", "{a{b}"]:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), "!!", e)


class P:
    x = 3
    items = {"k": [10, 20]}


print(f.format("{0.x} {0.items[k][1]} {1[0]}", P(), "ab"), f.format("{:>{}}|{}", "r", 4, "z"))
for s, args in [("{0.}", (P(),)), ("{0[}", (P(),)), ("{0[0]x}", ([1],)), ("{}{0}", (1,)), ("{0}{}", (1,)),
                ("{:{:{:{}}}}", (1, 2, 3, 4)), ("{0!z}", (1,)), ("{a}", ()), ("{1}", (0,))]:
    try:
        print(repr(f.format(s, *args)))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
print(f.vformat("{0}-{x}", (1,), {"x": 2}), f.convert_field("é", "a"), f.format_field(3.14159, ".2f"))
T = string.Template
print(T("$ a $b ${c} $$ ${d").get_identifiers(), T("$who $$ ${what}s").substitute(who="tim", what="kung"))
print(T("$x and $y").safe_substitute(x=1), T("${x}$").safe_substitute({"x": "X"}), T("$$$x").substitute(x=1))
for template in ["cost: $", "line one\nand ${bad name}", "$1", "ok"]:
    print(repr(template), T(template).is_valid(), T(template).safe_substitute())
    try:
        T(template).substitute()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(T("$a $A").substitute({"a": 1, "A": 2}, a=3), string.capwords("  hello   world  "), string.capwords("a-b-c", "-"))


class Percent(T):
    delimiter = "%"


print(Percent("100%% of %name").substitute(name="you"))
# expect: '{!}' !! unmatched '{' in format spec
# expect: '{!r' !! unmatched '{' in format spec
# expect: '{0!r:>{1}}' [('', '0', '>{1}', 'r')]
# expect: 'a{{b}}c{' !! Single '{' encountered in format string
# expect: '}' !! Single '}' encountered in format string
# expect: '{a[}' !! expected '}' before end of string
# expect: '{0!x}' [('', '0', '', 'x')]
# expect: '{:{:{}}}' [('', '', '{:{}}', None)]
# expect: '{0[1]x}' [('', '0[1]x', '', None)]
# expect: '{a.}' [('', 'a.', '', None)]
# expect: '{a[]}' [('', 'a[]', '', None)]
# expect: '{!r}' [('', '', '', 'r')]
# expect: '{0!rx}' !! expected ':' after conversion specifier
# expect: 'plain' [('plain', None, None, None)]
# expect: '{{}}' [('{', None, None, None), ('}', None, None, None)]
# expect: 'x{0}y{name!s:^5}z' [('x', '0', '', None), ('y', 'name', '^5', 's'), ('z', None, None, None)]
# expect: '{a[b]c}' [('', 'a[b]c', '', None)]
# expect: '{a{b}' !! unexpected '{' in field name
# expect: 3 20 a    r|z
# expect: ValueError Empty attribute in format string
# expect: ValueError expected '}' before end of string
# expect: ValueError Only '.' or '[' may follow ']' in format field specifier
# expect: ValueError cannot switch from manual field specification to automatic field numbering
# expect: ValueError cannot switch from manual field specification to automatic field numbering
# expect: ValueError Max string recursion exceeded
# expect: ValueError Unknown conversion specifier z
# expect: KeyError 'a'
# expect: IndexError tuple index out of range
# expect: 1-2 '\xe9' 3.14
# expect: ['b', 'c'] tim $ kungs
# expect: 1 and $y X$ $1
# expect: 'cost: $' False cost: $
# expect: ValueError Invalid placeholder in string: line 1, col 7
# expect: 'line one\nand ${bad name}' False line one
# expect: and ${bad name}
# expect: ValueError Invalid placeholder in string: line 2, col 5
# expect: '$1' False $1
# expect: ValueError Invalid placeholder in string: line 1, col 1
# expect: 'ok' True ok
# expect: 3 2 Hello World A-B-C
# expect: 100% of you
