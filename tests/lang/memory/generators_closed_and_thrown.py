# Generators left early, thrown into and closed while garbage piles up around them.
def counter(log):
    try:
        i = 0
        while True:
            yield [i] * 2
            i += 1
    except ValueError as e:
        log.append("caught " + str(e))
        yield ["after", str(e)]
    finally:
        log.append("closed at " + str(i))


log = []
for block in counter(log):
    if block[0] == 500:
        break
print(log)                                                        # expect: ['closed at 500']
g = counter(log)
print(next(g), next(g))                                           # expect: [0, 0] [1, 1]
print(g.throw(ValueError("bad " + "x" * 3)))                      # expect: ['after', 'bad xxx']
g.close()
print(log[1:])                                                    # expect: ['caught bad xxx', 'closed at 1']


def chain(*gens):
    for gen in gens:
        yield from gen


print(sum(len(s) for s in chain((str(i) for i in range(1000)), map(str, range(1000)))))  # expect: 5780
