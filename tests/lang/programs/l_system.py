def expand(axiom, rules, n):
    s = axiom
    for _ in range(n):
        s = "".join(rules.get(c, c) for c in s)
    return s

def turtle(path, angle_step=90):
    x = y = 0
    heading = 0
    dirs = {0: (1, 0), 90: (0, 1), 180: (-1, 0), 270: (0, -1)}
    visited = {(0, 0)}
    stack = []
    for c in path:
        if c in "FG":
            dx, dy = dirs[heading % 360]
            x, y = x + dx, y + dy
            visited.add((x, y))
        elif c == "+":
            heading = (heading + angle_step) % 360
        elif c == "-":
            heading = (heading - angle_step) % 360
        elif c == "[":
            stack.append((x, y, heading))
        elif c == "]":
            x, y, heading = stack.pop()
    return visited, (x, y)

def draw(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    rows = []
    for y in range(max(ys), min(ys) - 1, -1):
        rows.append("".join("#" if (x, y) in points else " " for x in range(min(xs), max(xs) + 1)).rstrip())
    return "\n".join(rows)

algae = {"A": "AB", "B": "A"}
print([len(expand("A", algae, n)) for n in range(10)], expand("A", algae, 5))
# expect: [1, 2, 3, 5, 8, 13, 21, 34, 55, 89] ABAABABAABAAB
koch = expand("F", {"F": "F+F-F-F+F"}, 2)
pts, end = turtle(koch)
print(len(koch), len(pts), end)  # expect: 49 24 (9, 0)
print(draw(pts))
# expect:     ##
# expect:    ####
# expect:   ##  ##
# expect:  ###  ###
# expect: ####  ####
dragon = expand("FX", {"X": "X+YF+", "Y": "-FX-Y"}, 6)
pts, end = turtle(dragon)
print(len(pts), end)  # expect: 54 (0, -8)
print(draw(pts))
# expect:   ####
# expect:   #####
# expect: #### ##
# expect: ####
# expect:  ###
# expect:   ####
# expect: ######
# expect: ########
# expect:  #######
# expect:       ##
# expect:      ###
# expect:      ##
plant = expand("X", {"X": "F[+X]F[-X]+X", "F": "FF"}, 2)
print(plant, turtle(plant)[1])  # expect: FF[+F[+X]F[-X]+X]FF[-F[+X]F[-X]+X]+F[+X]F[-X]+X (4, 2)
