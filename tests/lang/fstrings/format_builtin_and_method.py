# format() and str.format share the f-string mini-language.
print(format(3.14159, ".2f"))            # expect: 3.14
print(format(255, "x"))                  # expect: ff
print(format("ab", "^6") + "|")          # expect:   ab  |
print("{:>5}|{:.1f}".format("r", 2.25))  # expect:     r|2.2
print(format(12))                        # expect: 12
