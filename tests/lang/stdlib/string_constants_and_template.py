# string: the character-class constants, capwords, and Template ($name, ${name}, $$).
import string
from string import Template

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits",
             "punctuation", "printable", "whitespace"]:
    print(name, repr(getattr(string, name)))
# expect: ascii_letters 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
# expect: ascii_lowercase 'abcdefghijklmnopqrstuvwxyz'
# expect: ascii_uppercase 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
# expect: digits '0123456789'
# expect: hexdigits '0123456789abcdefABCDEF'
# expect: octdigits '01234567'
# expect: punctuation '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
# expect: printable '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c'
# expect: whitespace ' \t\n\r\x0b\x0c'
print(string.capwords("  hello   world  "), string.capwords("a-b c-d", "-"), repr(string.capwords("")))
# expect: Hello World A-B c-D ''
print("".join(c for c in "Hello, World! 42" if c in string.ascii_letters), all(c in string.hexdigits for c in "c0ffee"))
# expect: HelloWorld True

t = Template("$who likes ${what} $$ $x")
print(t.substitute(who="tim", what="kung pao", x=1))  # expect: tim likes kung pao $ 1
print(t.safe_substitute(who="a"), t.template)
# expect: a likes ${what} $ $x $who likes ${what} $$ $x
print(Template("$a$b").substitute({"a": 1}, b=2), Template("$a").substitute({"a": 1}, a=2))
# expect: 12 2
print(t.get_identifiers(), t.is_valid(), Template("${").is_valid(), Template("$a ${b").safe_substitute(a=1))
# expect: ['who', 'what', 'x'] True False 1 ${b
print(Template("${name}s cost $$${price}").substitute(name="apple", price=3), Template("no placeholders").substitute())
# expect: apples cost $3 no placeholders
try:
    t.substitute(who="a")
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'what'
for text in ["$", "x\n ab $1", "${a b}"]:
    try:
        Template(text).substitute(a=1)
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: Invalid placeholder in string: line 1, col 1
# expect: ValueError: Invalid placeholder in string: line 2, col 5
# expect: ValueError: Invalid placeholder in string: line 1, col 1


class Percent(Template):
    delimiter = "%"


print(Percent("%who is %% %{what}").substitute(who="it", what="x"))  # expect: it is % x
