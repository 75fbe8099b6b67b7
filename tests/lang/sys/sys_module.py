# The sys module: the names programs reach for, and print(file=...).
import sys

print(sys.maxsize == 2 ** 63 - 1, sys.maxunicode, sys.byteorder)
print(sys.version_info >= (3, 8), sys.version_info[0], len(sys.argv), sys.argv[0].endswith(".py"))
print(type(sys.stdout).__name__, sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.write("written\n"))
print("to stdout", file=sys.stdout, end="!\n")
print(sys.intern("ab") == "ab")

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)

class Collect:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
c = Collect()
print("a", 1, None, sep=", ", end=".\n", file=c)
print(file=c)
print(c.parts)

try:
    sys.exit("stopping")
except SystemExit as e:
    print("SystemExit", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
# expect: True 1114111 little
# expect: True 3 1 True
# expect: TextIOWrapper <stdout> <stderr> <stdin>
# expect: written
# expect: 8
# expect: to stdout!
# expect: True
# expect: RecursionError maximum recursion depth exceeded
# expect: ValueError recursion limit must be greater or equal than 1
# expect: ['a', ', ', '1', ', ', 'None', '.\n', '\n']
# expect: SystemExit ('stopping',)
# expect: SystemExit None
