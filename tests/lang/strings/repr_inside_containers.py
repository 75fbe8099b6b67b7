print(["a", "it's", 'q"'])  # expect: ['a', "it's", 'q"']
print(("x",))               # expect: ('x',)
print({"k": "v\n"})         # expect: {'k': 'v\n'}
