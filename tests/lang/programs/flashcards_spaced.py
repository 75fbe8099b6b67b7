class Card:
    def __init__(self, front, back):
        self.front, self.back = front, back
        self.box = 1
        self.due = 0
        self.history = []

INTERVALS = {1: 1, 2: 2, 3: 4, 4: 8, 5: 16}

def review(card, day, correct):
    card.history.append("✓" if correct else "✗")
    card.box = min(card.box + 1, 5) if correct else 1
    card.due = day + INTERVALS[card.box]

deck = [Card(f, b) for f, b in [("hola", "hello"), ("gato", "cat"), ("perro", "dog"), ("casa", "house"), ("libro", "book")]]
answers = {"hola": "11111111", "gato": "10111011", "perro": "00111111", "casa": "11011110", "libro": "1111"}
pointer = {c.front: 0 for c in deck}
for day in range(20):
    due = [c for c in deck if c.due <= day]
    if not due:
        continue
    results = []
    for c in due:
        seq = answers[c.front]
        ok = seq[pointer[c.front] % len(seq)] == "1"
        pointer[c.front] += 1
        review(c, day, ok)
        results.append(f"{c.front}{'+' if ok else '-'}")
    print(f"day {day:>2}: {' '.join(results)}")
# expect: day  0: hola+ gato+ perro- casa+ libro+
# expect: day  1: perro-
# expect: day  2: hola+ gato- perro+ casa+ libro+
# expect: day  3: gato+
# expect: day  4: perro+
# expect: day  5: gato+
# expect: day  6: hola+ casa- libro+
# expect: day  7: casa+
# expect: day  8: perro+
# expect: day  9: gato+ casa+
# expect: day 13: casa+
# expect: day 14: hola+ libro+
# expect: day 16: perro+
# expect: day 17: gato-
# expect: day 18: gato+
for c in sorted(deck, key=lambda c: (-c.box, c.front)):
    print(f"{c.front:<6} box {c.box} due {c.due:>2} {''.join(c.history)}")
# expect: hola   box 5 due 30 ✓✓✓✓
# expect: libro  box 5 due 30 ✓✓✓✓
# expect: perro  box 5 due 32 ✗✗✓✓✓✓
# expect: casa   box 4 due 21 ✓✓✗✓✓✓
# expect: gato   box 2 due 20 ✓✗✓✓✓✗✓
print({b: [c.front for c in deck if c.box == b] for b in range(1, 6)})
# expect: {1: [], 2: ['gato'], 3: [], 4: ['casa'], 5: ['hola', 'perro', 'libro']}
