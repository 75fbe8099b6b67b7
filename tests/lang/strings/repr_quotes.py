# repr uses single quotes, unless the string has a ' and no " in it.
print(repr("plain"))
print(repr("it's"))
print(repr('a"b'))
print(repr("it's \"both\""))
print(repr(""))
# expect: 'plain'
# expect: "it's"
# expect: 'a"b'
# expect: 'it\'s "both"'
# expect: ''
