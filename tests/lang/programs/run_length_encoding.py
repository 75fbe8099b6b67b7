def encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)

def decode(s):
    result = ""
    count = ""
    for ch in s:
        if ch.isdigit():
            count += ch
        else:
            result += ch * int(count)
            count = ""
    return result

e = encode("aaabccddddddddddde")
print(e)                         # expect: 3a1b2c11d1e
print(decode(e))                 # expect: aaabccddddddddddde
print(encode(""), decode("3x"))  # expect:  xxx
