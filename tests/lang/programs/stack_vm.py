class VMError(Exception):
    pass

def assemble(src):
    program, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op.upper(), [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return program, labels

def run(src, trace=False, max_steps=10000):
    program, labels = assemble(src)
    stack, pc, out, steps, mem = [], 0, [], 0, {}
    binops = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
              "DIV": lambda a, b: a // b, "MOD": lambda a, b: a % b, "LT": lambda a, b: int(a < b),
              "EQ": lambda a, b: int(a == b)}
    while pc < len(program):
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded")
        op, args = program[pc]
        pc += 1
        if trace:
            print(f"  {pc - 1:02d} {op:<5} {args} {stack}")
        if op == "PUSH":
            stack.append(args[0])
        elif op in binops:
            if len(stack) < 2:
                raise VMError(f"stack underflow at {op}")
            b, a = stack.pop(), stack.pop()
            if op in ("DIV", "MOD") and b == 0:
                raise VMError("division by zero")
            stack.append(binops[op](a, b))
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "SWAP":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "POP":
            stack.pop()
        elif op == "STORE":
            mem[args[0]] = stack.pop()
        elif op == "LOAD":
            stack.append(mem[args[0]])
        elif op == "JMP":
            pc = labels[args[0]]
        elif op == "JZ":
            if stack.pop() == 0:
                pc = labels[args[0]]
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "HALT":
            break
        else:
            raise VMError(f"unknown op {op}")
    return out, steps

FACT = """
    push 1
    store acc
    push 10
    store n
loop:
    load n
    jz end
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
end:
    load acc
    print
"""
print(run(FACT))  # expect: ([3628800], 118)
print(run("push 2\npush 3\nadd\npush 4\nmul\nprint", trace=True))
# expect:   00 PUSH  [2] []
# expect:   01 PUSH  [3] [2]
# expect:   02 ADD   [] [2, 3]
# expect:   03 PUSH  [4] [5]
# expect:   04 MUL   [] [5, 4]
# expect:   05 PRINT [] [20]
# expect: ([20], 6)
FIB = """
    push 0
    store a
    push 1
    store b
    push 15
    store k
top: load k
    jz done
    load a
    print
    load a
    load b
    dup
    store a
    add
    store b
    load k
    push 1
    sub
    store k
    jmp top
done: halt
"""
print(run(FIB.replace("top: ", "top:\n").replace("done: ", "done:\n"))[0])
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]
for bad in ["add", "push 1\npush 0\ndiv", "foo", "loop:\njmp loop"]:
    try:
        run(bad)
    except VMError as e:
        print("VMError:", e)
# expect: VMError: stack underflow at ADD
# expect: VMError: division by zero
# expect: VMError: unknown op FOO
# expect: VMError: step limit exceeded
