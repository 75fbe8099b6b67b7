for s in ["Hello World", "Hello world", "HELLO", "Hello2World", "", "A"]:
    print(repr(s), s.istitle())
# expect: 'Hello World' True
# expect: 'Hello world' False
# expect: 'HELLO' False
# expect: 'Hello2World' True
# expect: '' False
# expect: 'A' True
