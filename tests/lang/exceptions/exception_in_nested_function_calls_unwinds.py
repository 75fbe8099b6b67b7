trace = []
def a(n):
    trace.append("a")
    return b(n)

def b(n):
    trace.append("b")
    return 10 // n

try:
    a(0)
except ZeroDivisionError:
    trace.append("handled")
print(trace)  # expect: ['a', 'b', 'handled']
