for s in ["name", "_private", "2fast", "with space", "class", "ünïcode", ""]:
    print(repr(s), s.isidentifier())
# expect: 'name' True
# expect: '_private' True
# expect: '2fast' False
# expect: 'with space' False
# expect: 'class' True
# expect: 'ünïcode' True
# expect: '' False
