COMMON = {"password", "123456", "qwerty", "letmein", "admin", "welcome"}

def check(pw):
    problems = []
    if len(pw) < 8:
        problems.append(f"too short ({len(pw)} < 8)")
    classes = {
        "lowercase": any(c.islower() for c in pw),
        "uppercase": any(c.isupper() for c in pw),
        "digit": any(c.isdigit() for c in pw),
        "symbol": any(not c.isalnum() for c in pw),
    }
    missing = [k for k, ok in classes.items() if not ok]
    if missing:
        problems.append("missing " + ", ".join(missing))
    if pw.lower() in COMMON:
        problems.append("too common")
    runs = max((len(r) for r in _runs(pw)), default=0)
    if runs >= 3:
        problems.append(f"repeated characters (run of {runs})")
    if _sequential(pw.lower()):
        problems.append("sequential characters")
    score = max(0, min(100, len(pw) * 6 + sum(classes.values()) * 10 - len(problems) * 15))
    return score, problems

def _runs(s):
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        yield s[i:j]
        i = j

def _sequential(s):
    return any(ord(s[i]) + 1 == ord(s[i + 1]) and ord(s[i + 1]) + 1 == ord(s[i + 2]) for i in range(len(s) - 2))

for pw in ["password", "P@ssw0rd!", "abc", "aaaaaaaaaaaa", "Tr0ub4dor&3", "correct horse battery staple", "xyz12345", "Q!9z"]:
    score, probs = check(pw)
    label = "strong" if score >= 80 and not probs else "ok" if score >= 50 else "weak"
    print(f"{pw!r:32} {score:>3} {label:<6} {'; '.join(probs) or '-'}")
# expect: 'password'                        28 weak   missing uppercase, digit, symbol; too common
# expect: 'P@ssw0rd!'                       94 strong -
# expect: 'abc'                              0 weak   too short (3 < 8); missing uppercase, digit, symbol; sequential characters
# expect: 'aaaaaaaaaaaa'                    52 ok     missing uppercase, digit, symbol; repeated characters (run of 12)
# expect: 'Tr0ub4dor&3'                    100 strong -
# expect: 'correct horse battery staple'   100 ok     missing uppercase, digit
# expect: 'xyz12345'                        38 weak   missing uppercase, symbol; sequential characters
# expect: 'Q!9z'                            49 weak   too short (4 < 8)
