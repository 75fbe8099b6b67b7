print(ascii("café ✓"))
print(repr("tab\tquote'"))
print(repr('both \' and "'))
print(ascii(["é"]))
# expect: 'caf\xe9 \u2713'
# expect: "tab\tquote'"
# expect: 'both \' and "'
# expect: ['\xe9']
