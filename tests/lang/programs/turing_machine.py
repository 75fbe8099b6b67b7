class TuringMachine:
    def __init__(self, rules, start, accept, blank="_"):
        self.rules, self.start, self.accept, self.blank = rules, start, accept, blank

    def run(self, tape, limit=10000):
        tape = dict(enumerate(tape))
        state, head, steps = self.start, 0, 0
        while state not in self.accept:
            sym = tape.get(head, self.blank)
            key = (state, sym)
            if key not in self.rules:
                return "reject", self._render(tape), steps
            state, write, move = self.rules[key]
            tape[head] = write
            head += {"L": -1, "R": 1, "S": 0}[move]
            steps += 1
            if steps > limit:
                return "timeout", self._render(tape), steps
        return state, self._render(tape), steps

    def _render(self, tape):
        if not tape:
            return ""
        lo, hi = min(tape), max(tape)
        return "".join(tape.get(i, self.blank) for i in range(lo, hi + 1)).strip(self.blank)

increment = TuringMachine({
    ("right", "0"): ("right", "0", "R"), ("right", "1"): ("right", "1", "R"), ("right", "_"): ("carry", "_", "L"),
    ("carry", "1"): ("carry", "0", "L"), ("carry", "0"): ("done", "1", "S"), ("carry", "_"): ("done", "1", "S"),
}, "right", {"done"})
for n in [0, 1, 5, 7, 255]:
    state, out, steps = increment.run(bin(n)[2:])
    print(f"{n} -> {out} ({int(out, 2)}) in {steps} steps")
# expect: 0 -> 1 (1) in 3 steps
# expect: 1 -> 10 (2) in 4 steps
# expect: 5 -> 110 (6) in 6 steps
# expect: 7 -> 1000 (8) in 8 steps
# expect: 255 -> 100000000 (256) in 18 steps
palindrome = TuringMachine({
    ("q0", "a"): ("ra", "_", "R"), ("q0", "b"): ("rb", "_", "R"), ("q0", "_"): ("yes", "_", "S"),
    ("ra", "a"): ("ra", "a", "R"), ("ra", "b"): ("ra", "b", "R"), ("ra", "_"): ("ca", "_", "L"),
    ("rb", "a"): ("rb", "a", "R"), ("rb", "b"): ("rb", "b", "R"), ("rb", "_"): ("cb", "_", "L"),
    ("ca", "a"): ("back", "_", "L"), ("ca", "_"): ("yes", "_", "S"),
    ("cb", "b"): ("back", "_", "L"), ("cb", "_"): ("yes", "_", "S"),
    ("back", "a"): ("back", "a", "L"), ("back", "b"): ("back", "b", "L"), ("back", "_"): ("q0", "_", "R"),
}, "q0", {"yes"})
for w in ["abba", "aba", "ab", "", "abab", "bbabb"]:
    res = palindrome.run(w)
    print(f"{w!r:8} {res[0]:<7} steps={res[2]}")
# expect: 'abba'   yes     steps=15
# expect: 'aba'    yes     steps=10
# expect: 'ab'     reject  steps=3
# expect: ''       yes     steps=1
# expect: 'abab'   reject  steps=5
# expect: 'bbabb'  yes     steps=21
loop = TuringMachine({("s", "_"): ("s", "_", "R")}, "s", {"h"})
print(loop.run("", limit=50))  # expect: ('timeout', '', 51)
