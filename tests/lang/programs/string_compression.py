def rle_encode(s):
    if not s:
        return ""
    out, prev, count = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}" if count > 1 else prev)
            prev, count = ch, 1
    out.append(f"{count}{prev}" if count > 1 else prev)
    return "".join(out)

def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)

def lzw_compress(text):
    table = {chr(i): i for i in range(256)}
    w, out = "", []
    for c in text:
        wc = w + c
        if wc in table:
            w = wc
        else:
            out.append(table[w])
            table[wc] = len(table)
            w = c
    if w:
        out.append(table[w])
    return out

def lzw_decompress(codes):
    table = {i: chr(i) for i in range(256)}
    w = chr(codes[0])
    out = [w]
    for k in codes[1:]:
        entry = table[k] if k in table else w + w[0]
        out.append(entry)
        table[len(table)] = w + entry[0]
        w = entry
    return "".join(out)

def huffman_codes(text):
    freq = {}
    for c in text:
        freq[c] = freq.get(c, 0) + 1
    nodes = [(f, i, c) for i, (c, f) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda n: (n[0], n[1]))
        (f1, _, a), (f2, _, b) = nodes[0], nodes[1]
        nodes = nodes[2:] + [(f1 + f2, counter, (a, b))]
        counter += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix or "0"
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
    walk(nodes[0][2], "")
    return codes

for s in ["aaabbbcccd", "abc", "wwwwwwwwwwwwbbbx", "", "zzzzzzzzzzzz"]:
    e = rle_encode(s)
    print(repr(s), "->", repr(e), rle_decode(e) == s)
# expect: 'aaabbbcccd' -> '3a3b3cd' True
# expect: 'abc' -> 'abc' True
# expect: 'wwwwwwwwwwwwbbbx' -> '12w3bx' True
# expect: '' -> '' True
# expect: 'zzzzzzzzzzzz' -> '12z' True
text = "TOBEORNOTTOBEORTOBEORNOT"
codes = lzw_compress(text)
print(codes, len(codes), "vs", len(text))
# expect: [84, 79, 66, 69, 79, 82, 78, 79, 84, 256, 258, 260, 265, 259, 261, 263] 16 vs 24
print(lzw_decompress(codes) == text)  # expect: True
msg = "this is an example of a huffman tree"
hc = huffman_codes(msg)
for ch in sorted(hc, key=lambda c: (len(hc[c]), c)):
    print(repr(ch), hc[ch])
# expect: ' ' 111
# expect: 'a' 000
# expect: 'e' 001
# expect: 'f' 1101
# expect: 'h' 0100
# expect: 'i' 0101
# expect: 'm' 0110
# expect: 'n' 0111
# expect: 's' 1000
# expect: 't' 1001
# expect: 'l' 10100
# expect: 'o' 10101
# expect: 'p' 10110
# expect: 'r' 10111
# expect: 'u' 11000
# expect: 'x' 11001
bits = "".join(hc[c] for c in msg)
print(len(bits), "bits vs", len(msg) * 8)  # expect: 135 bits vs 288
