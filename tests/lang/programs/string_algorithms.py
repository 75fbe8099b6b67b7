def kmp_table(p):
    table = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = table[k - 1]
        if p[i] == p[k]:
            k += 1
        table[i] = k
    return table

def kmp_search(text, p):
    t = kmp_table(p)
    hits, k = [], 0
    for i, ch in enumerate(text):
        while k and ch != p[k]:
            k = t[k - 1]
        if ch == p[k]:
            k += 1
        if k == len(p):
            hits.append(i - k + 1)
            k = t[k - 1]
    return hits

def rabin_karp(text, p, base=256, mod=1_000_003):
    n, m = len(text), len(p)
    if m > n:
        return []
    high = pow(base, m - 1, mod)
    hp = ht = 0
    for i in range(m):
        hp = (hp * base + ord(p[i])) % mod
        ht = (ht * base + ord(text[i])) % mod
    hits = []
    for i in range(n - m + 1):
        if hp == ht and text[i:i + m] == p:
            hits.append(i)
        if i < n - m:
            ht = ((ht - ord(text[i]) * high) * base + ord(text[i + m])) % mod
    return hits

def z_array(s):
    z = [0] * len(s)
    l = r = 0
    for i in range(1, len(s)):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < len(s) and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z

def longest_common_prefix(words):
    if not words:
        return ""
    prefix = min(words)
    other = max(words)
    for i, ch in enumerate(prefix):
        if ch != other[i]:
            return prefix[:i]
    return prefix

def wildcard_match(s, p):
    dp = [[False] * (len(p) + 1) for _ in range(len(s) + 1)]
    dp[0][0] = True
    for j in range(1, len(p) + 1):
        dp[0][j] = dp[0][j - 1] and p[j - 1] == "*"
    for i in range(1, len(s) + 1):
        for j in range(1, len(p) + 1):
            if p[j - 1] == "*":
                dp[i][j] = dp[i - 1][j] or dp[i][j - 1]
            else:
                dp[i][j] = dp[i - 1][j - 1] and p[j - 1] in (s[i - 1], "?")
    return dp[-1][-1]

text = "abracadabra abracadabra"
print(kmp_table("abracadabra"), kmp_table("aaaa"))
# expect: [0, 0, 0, 1, 0, 1, 0, 1, 2, 3, 4] [0, 1, 2, 3]
for p in ["abra", "cad", "a", "zzz", "abracadabra"]:
    k, r = kmp_search(text, p), rabin_karp(text, p)
    print(f"{p:<12} {k} {k == r} {[i for i in range(len(text)) if text.startswith(p, i)] == k}")
# expect: abra         [0, 7, 12, 19] True True
# expect: cad          [4, 16] True True
# expect: a            [0, 3, 5, 7, 10, 12, 15, 17, 19, 22] True True
# expect: zzz          [] True True
# expect: abracadabra  [0, 12] True True
print(z_array("aabcaabxaaaz"))  # expect: [0, 1, 0, 0, 3, 1, 0, 0, 2, 2, 1, 0]
print(repr(longest_common_prefix(["interspecies", "interstellar", "interstate"])), repr(longest_common_prefix(["dog", "car"])))
# expect: 'inters' ''
for s, p in [("adceb", "*a*b"), ("acdcb", "a*c?b"), ("", "*"), ("abc", "a?c"), ("abc", "a?d*"), ("mississippi", "m*iss*p?i")]:
    print(f"{s!r} ~ {p!r}: {wildcard_match(s, p)}")
# expect: 'adceb' ~ '*a*b': True
# expect: 'acdcb' ~ 'a*c?b': False
# expect: '' ~ '*': True
# expect: 'abc' ~ 'a?c': True
# expect: 'abc' ~ 'a?d*': False
# expect: 'mississippi' ~ 'm*iss*p?i': True
