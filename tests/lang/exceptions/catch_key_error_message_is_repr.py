d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("str:", e)         # expect: str: 'missing'
    print("repr:", repr(e))  # expect: repr: KeyError('missing')
    print("args:", e.args)   # expect: args: ('missing',)
