class Cipher:
    def encrypt(self, text):
        raise NotImplementedError
    def decrypt(self, text):
        raise NotImplementedError
    def roundtrip(self, text):
        return self.decrypt(self.encrypt(text)) == text

class Caesar(Cipher):
    def __init__(self, shift):
        self.shift = shift % 26
    def _move(self, text, k):
        return "".join(chr((ord(c) - b + k) % 26 + b) if c.isalpha() and c.isascii() else c
                       for c in text for b in [65 if c.isupper() else 97])
    def encrypt(self, text):
        return self._move(text, self.shift)
    def decrypt(self, text):
        return self._move(text, -self.shift)

class Atbash(Cipher):
    def encrypt(self, text):
        return "".join(chr(155 - ord(c)) if c.isupper() else chr(219 - ord(c)) if c.islower() else c for c in text)
    decrypt = encrypt

class RailFence(Cipher):
    def __init__(self, rails):
        self.rails = rails
    def _pattern(self, n):
        cycle = 2 * (self.rails - 1)
        return [min(i % cycle, cycle - i % cycle) for i in range(n)]
    def encrypt(self, text):
        pat = self._pattern(len(text))
        return "".join(c for r in range(self.rails) for c, p in zip(text, pat) if p == r)
    def decrypt(self, text):
        pat = self._pattern(len(text))
        order = sorted(range(len(text)), key=lambda i: (pat[i], i))
        out = [""] * len(text)
        for ch, idx in zip(text, order):
            out[idx] = ch
        return "".join(out)

class Chain(Cipher):
    def __init__(self, *ciphers):
        self.ciphers = ciphers
    def encrypt(self, text):
        for c in self.ciphers:
            text = c.encrypt(text)
        return text
    def decrypt(self, text):
        for c in reversed(self.ciphers):
            text = c.decrypt(text)
        return text

msg = "WE ARE DISCOVERED. Flee at once!"
for cipher in [Caesar(3), Caesar(-29), Atbash(), RailFence(3), RailFence(2), Chain(Caesar(7), RailFence(4), Atbash())]:
    enc = cipher.encrypt(msg)
    print(f"{type(cipher).__name__:<9} {enc!r:40} {cipher.roundtrip(msg)}")
# expect: Caesar    'ZH DUH GLVFRYHUHG. Iohh dw rqfh!'       True
# expect: Caesar    'TB XOB AFPZLSBOBA. Cibb xq lkzb!'       True
# expect: Atbash    'DV ZIV WRHXLEVIVW. Uovv zg lmxv!'       True
# expect: RailFence 'WRIVDlanEAEDSOEE.Fe toc!  CR e e'       True
# expect: RailFence 'W R ICVRD lea neEAEDSOEE.Fe toc!'       True
# expect: Chain     'W X soOOPEO.N zq! BKQBPho fSAOoe'       True
print(RailFence(3).encrypt("WEAREDISCOVEREDFLEEATONCE"))  # expect: WECRLTEERDSOEEFEAOCAIVDEN
