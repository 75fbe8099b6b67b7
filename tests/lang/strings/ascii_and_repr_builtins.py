print(ascii("café ✓"))        # expect: 'caf\xe9 \u2713'
print(repr("tab\tquote'"))    # expect: "tab\tquote'"
print(repr('both \' and "'))  # expect: 'both \' and "'
print(ascii(["é"]))           # expect: ['\xe9']
