print(repr("a\nb"))
print(repr("tab\there"))
print(repr("back\\slash"))
print(repr("\x00\x07\x7f"))
print(repr("\r"))
print(repr("héllo 日本"))
# expect: 'a\nb'
# expect: 'tab\there'
# expect: 'back\\slash'
# expect: '\x00\x07\x7f'
# expect: '\r'
# expect: 'héllo 日本'
