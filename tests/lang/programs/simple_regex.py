def match_here(regex, text):
    if not regex:
        return True
    if regex == "$":
        return not text
    if len(regex) >= 2 and regex[1] in "*+?":
        c, op, rest = regex[0], regex[1], regex[2:]
        if op == "?":
            return (bool(text) and c in (".", text[0]) and match_here(rest, text[1:])) or match_here(rest, text)
        if op == "+":
            if not (text and c in (".", text[0])):
                return False
            text = text[1:]
        i = 0
        while True:
            if match_here(rest, text[i:]):
                return True
            if i < len(text) and c in (".", text[i]):
                i += 1
            else:
                return False
    if text and regex[0] in (".", text[0]):
        return match_here(regex[1:], text[1:])
    return False

def search(regex, text):
    if regex.startswith("^"):
        return match_here(regex[1:], text)
    return any(match_here(regex, text[i:]) for i in range(len(text) + 1))

def findall_literal_runs(pattern_char, text):
    runs, cur = [], ""
    for ch in text:
        if ch == pattern_char:
            cur += ch
        elif cur:
            runs.append(cur)
            cur = ""
    if cur:
        runs.append(cur)
    return runs

cases = [("abc", "xxabcxx"), ("^abc", "xxabc"), ("^ab*c$", "ac"), ("^ab*c$", "abbbbc"), ("^ab+c$", "ac"),
         ("colou?r", "my color"), ("colou?r", "my colour"), ("a.c", "abc"), ("a.*z", "a to z"), ("^$", ""),
         ("x$", "box"), ("x$", "xbo"), ("^.+@.+\\..+$" if False else "^.+@.+$", "me@host"), ("b+", "aaa")]
for rx, txt in cases:
    print(f"{rx!r:12} {txt!r:12} {search(rx, txt)}")
# expect: 'abc'        'xxabcxx'    True
# expect: '^abc'       'xxabc'      False
# expect: '^ab*c$'     'ac'         True
# expect: '^ab*c$'     'abbbbc'     True
# expect: '^ab+c$'     'ac'         False
# expect: 'colou?r'    'my color'   True
# expect: 'colou?r'    'my colour'  True
# expect: 'a.c'        'abc'        True
# expect: 'a.*z'       'a to z'     True
# expect: '^$'         ''           True
# expect: 'x$'         'box'        True
# expect: 'x$'         'xbo'        False
# expect: '^.+@.+$'    'me@host'    True
# expect: 'b+'         'aaa'        False
print(findall_literal_runs("a", "baaacaab a"), findall_literal_runs("z", "abc"))
# expect: ['aaa', 'aa', 'a'] []
