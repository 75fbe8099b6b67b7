class Fancy(Exception):
    def __str__(self):
        return "fancy message"

try:
    raise Fancy("ignored")
except Fancy as e:
    print(e)       # expect: fancy message
    print(e.args)  # expect: ('ignored',)
