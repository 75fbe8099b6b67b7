def josephus_sim(n, k):
    people = list(range(1, n + 1))
    order = []
    idx = 0
    while people:
        idx = (idx + k - 1) % len(people)
        order.append(people.pop(idx))
    return order

def josephus_formula(n, k):
    r = 0
    for m in range(2, n + 1):
        r = (r + k) % m
    return r + 1

def josephus_linked(n, k):
    nxt = {i: i % n + 1 for i in range(1, n + 1)}
    cur = n
    while nxt[cur] != cur:
        for _ in range(k - 1):
            cur = nxt[cur]
        nxt[cur] = nxt[nxt[cur]]
    return cur

print(josephus_sim(7, 3), josephus_sim(10, 2))
# expect: [3, 6, 2, 7, 5, 1, 4] [2, 4, 6, 8, 10, 3, 7, 1, 9, 5]
for n, k in [(7, 3), (41, 3), (10, 2), (1, 5), (100, 7)]:
    print(n, k, josephus_sim(n, k)[-1], josephus_formula(n, k), josephus_linked(n, k))
# expect: 7 3 4 4 4
# expect: 41 3 31 31 31
# expect: 10 2 5 5 5
# expect: 1 5 1 1 1
# expect: 100 7 50 50 50
print([josephus_formula(n, 2) for n in range(1, 17)])
# expect: [1, 1, 3, 1, 3, 5, 7, 1, 3, 5, 7, 9, 11, 13, 15, 1]
print(all(josephus_formula(n, 2) == 2 * (n - 2 ** (n.bit_length() - 1)) + 1 for n in range(1, 500)))
# expect: True
