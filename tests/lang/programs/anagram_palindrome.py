def normalize(s):
    return "".join(sorted(c for c in s.lower() if c.isalpha()))

def is_palindrome(s):
    clean = [c.lower() for c in s if c.isalnum()]
    return clean == clean[::-1]

def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        cand = s[lo + 1:hi]
        if len(cand) > len(best):
            best = cand
    return best

def can_form_palindrome(s):
    counts = {}
    for c in s:
        counts[c] = counts.get(c, 0) + 1
    return sum(v % 2 for v in counts.values()) <= 1

def permutations(s):
    if len(s) <= 1:
        return [s]
    result = []
    for i, c in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            if c + p not in result:
                result.append(c + p)
    return result

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "inlets"]
groups = {}
for w in words:
    groups.setdefault(normalize(w), []).append(w)
for key, grp in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{key:<8} {grp}")
# expect: eilnst   ['listen', 'silent', 'enlist', 'inlets']
# expect: act      ['cat', 'act', 'tac']
# expect: eggloo   ['google', 'gooegl']
# expect: dgo      ['dog']
for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon", "Was it a car or a cat I saw?"]:
    print(f"{s!r:35} {is_palindrome(s)}")
# expect: 'A man, a plan, a canal: Panama'    True
# expect: 'race a car'                        False
# expect: ''                                  True
# expect: "No 'x' in Nixon"                   True
# expect: 'Was it a car or a cat I saw?'      True
for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba"]:
    print(s, "->", longest_palindrome(s))
# expect: babad -> bab
# expect: cbbd -> bb
# expect: forgeeksskeegfor -> geeksskeeg
# expect: a -> a
# expect: abacdfgdcaba -> aba
print([can_form_palindrome(s) for s in ["civic", "ivicc", "hello", "aabbc", "aabbcd"]])
# expect: [True, True, False, True, False]
print(permutations("abc"))  # expect: ['abc', 'acb', 'bac', 'bca', 'cab', 'cba']
print(len(permutations("aabb")), permutations("aab"))  # expect: 6 ['aab', 'aba', 'baa']
print(sorted(set(permutations("stop")) & set(words + ["pots", "tops", "spot", "opts"])))
# expect: ['opts', 'pots', 'spot', 'tops']
