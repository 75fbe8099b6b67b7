print(["a", "it's", 'q"'])
print(("x",))
print({"k": "v\n"})
# expect: ['a', "it's", 'q"']
# expect: ('x',)
# expect: {'k': 'v\n'}
