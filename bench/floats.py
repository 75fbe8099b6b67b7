# floats.py — float arithmetic: a Mandelbrot set rendered to a character count.

W = 240
H = 120
MAX_ITER = 300
inside = 0
escape_sum = 0
for py in range(H):
    y0 = (py / H) * 2.4 - 1.2
    for px in range(W):
        x0 = (px / W) * 3.5 - 2.5
        x = 0.0
        y = 0.0
        it = 0
        while x * x + y * y <= 4.0 and it < MAX_ITER:
            x, y = x * x - y * y + x0, 2.0 * x * y + y0
            it += 1
        if it == MAX_ITER:
            inside += 1
        else:
            escape_sum += it
print(inside, escape_sum)
