# re: replacement templates in sub, subn and expand (\1, \g<1>, \g<name>, \g<0>, escapes)
# and callable replacements; their errors.
import re

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "ada@home bob@work"), re.sub(r"(?P<d>\d)", r"<\g<d>>", "a1b2"))
# expect: home at ada work at bob a<1>b<2>
print(re.sub(r"\d", r"[\g<0>]", "a1b22"), re.sub(r"(a)", r"\g<1>0", "a"), repr(re.sub(r"a", r"\n\t\\", "a")))
# expect: a[1]b[2][2] a0 '\n\t\\'
print(re.sub(r"a", r"\&\-", "a"), re.sub(r"(a)(b)?", r"[\2]", "a"), re.sub(r"a", r"\0", "a") == "\0", re.sub(r"a", r"\101", "a"))
# expect: \&\- [] True A
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"), re.subn(r"o", lambda m: "0", "foo boo"))
# expect: 6 apples and 24 pears ('f00 b00', 4)
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "hello big world"), re.sub(r"x", lambda m: "", "axbx"))
# expect: Hello Big World ab
words = {"one": "1", "two": "2"}
print(re.sub(r"\b(" + "|".join(words) + r")\b", lambda m: words[m.group()], "one, two, three; someone"))
# expect: 1, 2, three; someone
print(re.sub(r"a", "b", "a" * 5, count=3), re.subn(r"(?i)A", "-", "aAa", 2), re.sub(r"$", "!", "end\n"), re.sub(r"^", ">", "a\nb", flags=re.M))
# expect: bbbaa ('--a', 2) end!
# expect: ! >a
# expect: >b

for template in [r"\g<3>", r"\g<x>", r"\g<1", r"\g", r"\q", "\\", r"\3", r"\g<-1>", r"\g<a b>", r"\777"]:
    try:
        print(re.sub(r"(a)(b)", template, "ab"))
    except re.error as e:
        print("re.error:", e)
    except IndexError as e:
        print("IndexError:", e)
# expect: re.error: invalid group reference 3 at position 3
# expect: IndexError: unknown group name 'x'
# expect: re.error: missing >, unterminated name at position 3
# expect: re.error: missing < at position 2
# expect: re.error: bad escape \q at position 0
# expect: re.error: bad escape (end of pattern) at position 0
# expect: re.error: invalid group reference 3 at position 1
# expect: re.error: bad character in group name '-1' at position 3
# expect: re.error: bad character in group name 'a b' at position 3
# expect: re.error: octal escape value \777 outside of range 0-0o377 at position 0
try:
    re.sub(r"a", lambda m: 5, "a")
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: sequence item 0: expected str instance, int found
try:
    re.sub(r"a", 5, "a")
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: decoding to str: need a bytes-like object, int found
