def thue_morse(n):
    s = "0"
    while len(s) < n:
        s += "".join("1" if c == "0" else "0" for c in s)
    return s[:n]

def fib_word(n):
    a, b = "0", "01"
    while len(b) < n:
        a, b = b, b + a
    return b[:n]

def kolakoski(n):
    s = [1, 2, 2]
    i = 2
    while len(s) < n:
        s += [1 + len(s) % 2 * 0 + (s[-1] == 1)] * s[i]
        i += 1
    return s[:n]

def van_eck(n):
    seq, last = [0], {}
    for i in range(n - 1):
        x = seq[-1]
        seq.append(i - last[x] if x in last else 0)
        last[x] = i
    return seq

def recaman(n):
    seq, seen = [0], {0}
    for i in range(1, n):
        nxt = seq[-1] - i
        if nxt < 0 or nxt in seen:
            nxt = seq[-1] + i
        seq.append(nxt)
        seen.add(nxt)
    return seq

print(thue_morse(32), thue_morse(64).count("1"))  # expect: 01101001100101101001011001101001 32
print(fib_word(34), fib_word(100).count("0"))     # expect: 0100101001001010010100100101001001 62
print(kolakoski(30))
# expect: [1, 2, 2, 1, 1, 2, 1, 2, 2, 1, 2, 2, 1, 1, 2, 1, 1, 2, 2, 1, 2, 1, 1, 2, 1, 2, 2, 1, 1, 2]
print(van_eck(20))  # expect: [0, 0, 1, 0, 2, 0, 2, 2, 1, 6, 0, 5, 0, 2, 6, 5, 4, 0, 5, 3]
print(recaman(20), len(set(recaman(1000))))
# expect: [0, 1, 3, 6, 2, 7, 13, 20, 12, 21, 11, 22, 10, 23, 9, 24, 8, 25, 43, 62] 824
print(["".join(sorted(set(thue_morse(100)[i:i + 3]))) for i in range(5)])
# expect: ['01', '01', '01', '01', '01']
