def mandelbrot(cx, cy, max_iter=30):
    x = y = 0.0
    for i in range(max_iter):
        x, y = x * x - y * y + cx, 2 * x * y + cy
        if x * x + y * y > 4.0:
            return i
    return max_iter

chars = " .:-=+*#%@"
rows = []
for row in range(21):
    cy = -1.2 + row * 0.12
    line = ""
    for col in range(60):
        cx = -2.1 + col * 0.05
        it = mandelbrot(cx, cy)
        line += chars[min(it * len(chars) // 31, len(chars) - 1)]
    rows.append(line.rstrip())
print("\n".join(rows))
# expect:
# expect:                                     ..::..
# expect:                                   ....::+:..
# expect:                                 ....-+=@@**:...
# expect:                             .......::=@@@@=::......
# expect:                        .......-@@=%@@@@@@@@@@*-====.
# expect:                  ...........-@=@@@@@@@@@@@@@@@@@*:...
# expect:              ....-:::=::..::@@@@@@@@@@@@@@@@@@@@@@@-.
# expect:            ......:*@@@@@@=-=@@@@@@@@@@@@@@@@@@@@@@#:.
# expect:         .....:@--@@@@@@@@@@%@@@@@@@@@@@@@@@@@@@@@@:..
# expect:   @@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@-:...
# expect:         .....:@--@@@@@@@@@@%@@@@@@@@@@@@@@@@@@@@@@:..
# expect:            ......:*@@@@@@=-=@@@@@@@@@@@@@@@@@@@@@@#:.
# expect:              ....-:::=::..::@@@@@@@@@@@@@@@@@@@@@@@-.
# expect:                  ...........-@=@@@@@@@@@@@@@@@@@*:...
# expect:                        .......-@@=%@@@@@@@@@@*-====.
# expect:                             .......::=@@@@=::......
# expect:                                 ....-+=@@**:...
# expect:                                   ....::+:..
# expect:                                     ..::..
# expect:
inside = sum(1 for row in range(21) for col in range(60) if mandelbrot(-2.1 + col * 0.05, -1.2 + row * 0.12) == 30)
print("inside points:", inside)  # expect: inside points: 286
print(mandelbrot(0.0, 0.0), mandelbrot(1.0, 1.0), mandelbrot(-0.75, 0.1, 1000))  # expect: 30 1 32
