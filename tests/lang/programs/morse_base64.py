MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....",
    "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.",
    "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-",
    "Y": "-.--", "Z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.",
}
REVERSE = {v: k for k, v in MORSE.items()}
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

def to_morse(text):
    return " / ".join(" ".join(MORSE[c] for c in word if c in MORSE) for word in text.upper().split())

def from_morse(code):
    return " ".join("".join(REVERSE[sym] for sym in word.split()) for word in code.split(" / "))

def b64encode(text):
    data = [ord(c) for c in text]
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = 0
        for b in chunk:
            n = (n << 8) | b
        n <<= 8 * (3 - len(chunk))
        quad = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.extend(quad[:len(chunk) + 1] + ["="] * (3 - len(chunk)))
    return "".join(out)

def b64decode(s):
    s = s.rstrip("=")
    bits = "".join(f"{B64.index(c):06b}" for c in s)
    return "".join(chr(int(bits[i:i + 8], 2)) for i in range(0, len(bits) - len(bits) % 8, 8))

for msg in ["SOS", "Hello World", "Python 3 11"]:
    m = to_morse(msg)
    print(f"{msg!r}: {m}")
    print("  back:", from_morse(m))
# expect: 'SOS': ... --- ...
# expect:   back: SOS
# expect: 'Hello World': .... . .-.. .-.. --- / .-- --- .-. .-.. -..
# expect:   back: HELLO WORLD
# expect: 'Python 3 11': .--. -.-- - .... --- -. / ...-- / .---- .----
# expect:   back: PYTHON 3 11
for s in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Man is distinguished"]:
    e = b64encode(s)
    print(f"{s!r:24} {e:<30} {b64decode(e) == s}")
# expect: ''                                                      True
# expect: 'f'                      Zg==                           True
# expect: 'fo'                     Zm8=                           True
# expect: 'foo'                    Zm9v                           True
# expect: 'foob'                   Zm9vYg==                       True
# expect: 'fooba'                  Zm9vYmE=                       True
# expect: 'foobar'                 Zm9vYmFy                       True
# expect: 'Man is distinguished'   TWFuIGlzIGRpc3Rpbmd1aXNoZWQ=   True
