PAIRS = {")": "(", "]": "[", "}": "{"}

def balanced(text):
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in PAIRS:
            if not stack or stack.pop() != PAIRS[ch]:
                return False
    return not stack

for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "())"]:
    print(f"{s!r:12}{balanced(s)}")
# expect: '()'        True
# expect: '([]{})'    True
# expect: '(]'        False
# expect: '(('        False
# expect: ''          True
# expect: '{[()()]}'  True
# expect: '())'       False
