for s in [" ", "\t\n", "", " a ", "\u00a0"]:
    print(repr(s), s.isspace())
# expect: ' ' True
# expect: '\t\n' True
# expect: '' False
# expect: ' a ' False
# expect: '\xa0' True
