class Fancy(Exception):
    def __str__(self):
        return "fancy message"

try:
    raise Fancy("ignored")
except Fancy as e:
    print(e)
    print(e.args)
# expect: fancy message
# expect: ('ignored',)
