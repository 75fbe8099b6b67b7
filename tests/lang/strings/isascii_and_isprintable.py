for s in ["abc", "café", "tab\t", ""]:
    print(repr(s), s.isascii(), s.isprintable())
# expect: 'abc' True True
# expect: 'café' False True
# expect: 'tab\t' True False
# expect: '' True True
