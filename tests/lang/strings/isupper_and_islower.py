for s in ["ABC", "abc", "Abc", "ABC1", "123", ""]:
    print(repr(s), s.isupper(), s.islower())
# expect: 'ABC' True False
# expect: 'abc' False True
# expect: 'Abc' False False
# expect: 'ABC1' True False
# expect: '123' False False
# expect: '' False False
