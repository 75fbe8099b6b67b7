def score(rolls):
    total, i = 0, 0
    frames = []
    for frame in range(10):
        if i >= len(rolls):
            break
        if rolls[i] == 10:
            total += 10 + sum(rolls[i + 1:i + 3])
            i += 1
        elif i + 1 < len(rolls) and rolls[i] + rolls[i + 1] == 10:
            total += 10 + (rolls[i + 2] if i + 2 < len(rolls) else 0)
            i += 2
        else:
            total += sum(rolls[i:i + 2])
            i += 2
        frames.append(total)
    return total, frames

def parse(card):
    rolls = []
    for ch in card.replace(" ", ""):
        if ch == "X":
            rolls.append(10)
        elif ch == "/":
            rolls.append(10 - rolls[-1])
        elif ch == "-":
            rolls.append(0)
        else:
            rolls.append(int(ch))
    return rolls

games = {
    "perfect": "X X X X X X X X X XXX",
    "all spares": "5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/ 5/5",
    "gutter": "-- -- -- -- -- -- -- -- -- --",
    "mixed": "X 7/ 9- X -8 8/ -6 X X X81",
    "nines": "9- 9- 9- 9- 9- 9- 9- 9- 9- 9-",
}
for name, card in games.items():
    total, frames = score(parse(card))
    print(f"{name:<10} {total:>3} {frames}")
# expect: perfect    300 [30, 60, 90, 120, 150, 180, 210, 240, 270, 300]
# expect: all spares 150 [15, 30, 45, 60, 75, 90, 105, 120, 135, 150]
# expect: gutter       0 [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
# expect: mixed      167 [20, 39, 48, 66, 74, 84, 90, 120, 148, 167]
# expect: nines       90 [9, 18, 27, 36, 45, 54, 63, 72, 81, 90]
print(parse("X 7/ 9-"), score([10, 10, 10]))  # expect: [10, 7, 3, 9, 0] (60, [30, 50, 60])
