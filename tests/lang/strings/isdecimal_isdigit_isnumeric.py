for s in ["123", "½", "²", "٣", "12.5", "-1", ""]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric())
# expect: '123' True True True
# expect: '½' False False True
# expect: '²' False True True
# expect: '٣' True True True
# expect: '12.5' False False False
# expect: '-1' False False False
# expect: '' False False False
