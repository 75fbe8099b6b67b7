# repr uses single quotes, unless the string has a ' and no " in it.
print(repr("plain"))          # expect: 'plain'
print(repr("it's"))           # expect: "it's"
print(repr('a"b'))            # expect: 'a"b'
print(repr("it's \"both\""))  # expect: 'it\'s "both"'
print(repr(""))               # expect: ''
