def run_bf(code, inp="", max_steps=200000):
    code = [c for c in code if c in "+-<>[].,"]
    jumps, stack = {}, []
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            if not stack:
                raise SyntaxError(f"unmatched ] at {i}")
            j = stack.pop()
            jumps[i], jumps[j] = j, i
    if stack:
        raise SyntaxError(f"unmatched [ at {stack[-1]}")
    tape, ptr, pc, out, steps = [0] * 300, 0, 0, [], 0
    inp = list(inp)
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise RuntimeError("too many steps")
        c = code[pc]
        if c == "+":
            tape[ptr] = (tape[ptr] + 1) % 256
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) % 256
        elif c == ">":
            ptr += 1
        elif c == "<":
            ptr -= 1
        elif c == ".":
            out.append(chr(tape[ptr]))
        elif c == ",":
            tape[ptr] = ord(inp.pop(0)) if inp else 0
        elif c == "[" and tape[ptr] == 0:
            pc = jumps[pc]
        elif c == "]" and tape[ptr] != 0:
            pc = jumps[pc]
        pc += 1
    return "".join(out), steps

HELLO = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+."
print(run_bf(HELLO))                                     # expect: ('Hello World!', 902)
print(run_bf(",[.,]", "echo!"))                          # expect: ('echo!', 17)
print(run_bf(",>,<[->+<]>.", "\x05\x07")[0] == chr(12))  # expect: True
rev = ">,[>,]<[.<]"
print(run_bf(rev, "stressed")[0])  # expect: desserts
for bad in ["[[]", "]", "+[]"]:
    try:
        run_bf(bad if bad != "+[]" else "+[]", max_steps=1000)
    except (SyntaxError, RuntimeError) as e:
        print(type(e).__name__, e)
# expect: SyntaxError unmatched [ at 0
# expect: SyntaxError unmatched ] at 0
# expect: RuntimeError too many steps
