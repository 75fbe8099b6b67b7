# The collector runs while a builtin drives Python code: every item below is garbage the
# moment the builtin has used it, and the heap stays small however many there are.
def words(n):
    for i in range(n):
        yield "w" + str(i) * 3

print(sum(len(w) for w in words(20000)))                        # expect: 286670
print(max(words(5000), key=lambda w: (len(w), w)))                # expect: w499949994999
print(min((w[::-1] for w in words(3000)), key=len))               # expect: 000w
print(any(w.endswith("999") for w in words(1000)))                # expect: True
print(all(w.startswith("w") for w in words(4000)))                # expect: True
print(len("".join(w.upper() for w in words(3000))))              # expect: 35670
print(len(list(map(str.upper, words(3000)))))                     # expect: 3000
print(len(set(w[:3] for w in words(3000))))                       # expect: 91
print(len(dict((w, [w]) for w in words(3000))))                   # expect: 3000
print(sum(1 for w in filter(lambda w: "7" in w, words(3000))))    # expect: 813
print(sorted(words(2000), key=lambda w: w[::-1])[:2])             # expect: ['w100010001000', 'w000']
