class Snake:
    DIRS = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
    OPPOSITE = {"U": "D", "D": "U", "L": "R", "R": "L"}

    def __init__(self, rows, cols, food):
        self.rows, self.cols = rows, cols
        self.body = [(rows // 2, cols // 2)]
        self.dir = "R"
        self.food = list(food)
        self.score = 0
        self.alive = True

    def turn(self, d):
        if d != self.OPPOSITE[self.dir] or len(self.body) == 1:
            self.dir = d

    def step(self):
        dr, dc = self.DIRS[self.dir]
        head = (self.body[0][0] + dr, self.body[0][1] + dc)
        if not (0 <= head[0] < self.rows and 0 <= head[1] < self.cols):
            self.alive = False
            return "hit wall"
        grow = self.food and head == self.food[0]
        body = self.body if grow else self.body[:-1]
        if head in body:
            self.alive = False
            return "bit itself"
        self.body = [head] + body
        if grow:
            self.food.pop(0)
            self.score += 1
            return "ate"
        return "moved"

    def render(self):
        grid = [["." for _ in range(self.cols)] for _ in range(self.rows)]
        if self.food:
            r, c = self.food[0]
            grid[r][c] = "*"
        for i, (r, c) in enumerate(self.body):
            grid[r][c] = "@" if i == 0 else "o"
        return "\n".join("".join(row) for row in grid)

game = Snake(6, 8, [(3, 6), (1, 6), (1, 2), (4, 1)])
moves = "RR.UU.LLLL.DDD.L.UR"
for t, m in enumerate(moves):
    if m != ".":
        game.turn(m)
    result = game.step()
    if result != "moved":
        print(f"t={t}: {result}, length {len(game.body)}")  # expect: t=1: ate, length 2
    if not game.alive:
        break
print(game.render())
# expect: ........
# expect: ......*.
# expect: ........
# expect: o@......
# expect: ........
# expect: ........
print("score", game.score, "alive", game.alive, "head", game.body[0])
# expect: score 1 alive True head (3, 1)
