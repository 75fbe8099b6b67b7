# format() and str.format share the f-string mini-language.
print(format(3.14159, ".2f"))
print(format(255, "x"))
print(format("ab", "^6") + "|")
print("{:>5}|{:.1f}".format("r", 2.25))
print(format(12))
# expect: 3.14
# expect: ff
# expect:   ab  |
# expect:     r|2.2
# expect: 12
