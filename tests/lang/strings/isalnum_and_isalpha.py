for s in ["abc123", "abc", "123", "ab c", "", "é2"]:
    print(repr(s), s.isalnum(), s.isalpha())
# expect: 'abc123' True False
# expect: 'abc' True True
# expect: '123' True False
# expect: 'ab c' False False
# expect: '' False False
# expect: 'é2' True False
