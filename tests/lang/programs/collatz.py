def collatz_sequence(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq

def collatz_steps(n):
    return len(collatz_sequence(n)) - 1

print(collatz_sequence(6))                       # expect: [6, 3, 10, 5, 16, 8, 4, 2, 1]
print([collatz_steps(n) for n in range(1, 11)])  # expect: [0, 1, 7, 2, 5, 8, 16, 3, 19, 6]
best = max(range(1, 1000), key=collatz_steps)
print(best, collatz_steps(best))  # expect: 871 178
print(max(collatz_sequence(27)))  # expect: 9232
