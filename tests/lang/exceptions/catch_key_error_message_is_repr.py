d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("str:", e)
    print("repr:", repr(e))
    print("args:", e.args)
# expect: str: 'missing'
# expect: repr: KeyError('missing')
# expect: args: ('missing',)
