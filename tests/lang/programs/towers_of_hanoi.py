def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append((source, target))
    hanoi(n - 1, spare, target, source, moves)

moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves))  # expect: 7
print(moves[:3])   # expect: [('A', 'C'), ('A', 'B'), ('C', 'B')]
for n in (1, 5, 10):
    m = []
    hanoi(n, "A", "C", "B", m)
    print(n, len(m), len(m) == 2 ** n - 1)
# expect: 1 1 True
# expect: 5 31 True
# expect: 10 1023 True
