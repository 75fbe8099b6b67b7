def luhn_valid(number):
    digits = [int(d) for d in str(number) if d.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

def luhn_check_digit(partial):
    for d in range(10):
        if luhn_valid(f"{partial}{d}"):
            return d

def isbn10_valid(isbn):
    chars = isbn.replace("-", "")
    if len(chars) != 10:
        return False
    total = 0
    for i, ch in enumerate(chars):
        if ch == "X" and i == 9:
            v = 10
        elif ch.isdigit():
            v = int(ch)
        else:
            return False
        total += (10 - i) * v
    return total % 11 == 0

def crc32(data):
    crc = 0xFFFFFFFF
    for ch in data:
        crc ^= ord(ch)
        for _ in range(8):
            crc = (crc >> 1) ^ 0xEDB88320 if crc & 1 else crc >> 1
    return crc ^ 0xFFFFFFFF

def adler32(data):
    a, b = 1, 0
    for ch in data:
        a = (a + ord(ch)) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

def djb2(s):
    h = 5381
    for ch in s:
        h = ((h << 5) + h + ord(ch)) & 0xFFFFFFFF
    return h

def fnv1a(s):
    h = 0x811C9DC5
    for ch in s:
        h ^= ord(ch)
        h = (h * 0x01000193) % 2 ** 32
    return h

for card in ["4539 1488 0343 6467", "8273 1232 7352 0569", "79927398713", "0"]:
    print(f"{card:<22} {luhn_valid(card)}")
# expect: 4539 1488 0343 6467    True
# expect: 8273 1232 7352 0569    False
# expect: 79927398713            True
# expect: 0                      True
print(luhn_check_digit("7992739871"), luhn_check_digit("453914880343646"))  # expect: 3 7
for isbn in ["0-306-40615-2", "0-8044-2957-X", "0-306-40615-3", "123"]:
    print(isbn, isbn10_valid(isbn))
# expect: 0-306-40615-2 True
# expect: 0-8044-2957-X True
# expect: 0-306-40615-3 False
# expect: 123 False
for s in ["", "a", "hello world", "The quick brown fox jumps over the lazy dog"]:
    print(f"{s[:12]!r:16} crc32={crc32(s):08x} adler={adler32(s):08x} djb2={djb2(s):10d} fnv={fnv1a(s):#010x}")
# expect: ''               crc32=00000000 adler=00000001 djb2=      5381 fnv=0x811c9dc5
# expect: 'a'              crc32=e8b7be43 adler=00620062 djb2=    177670 fnv=0xe40c292c
# expect: 'hello world'    crc32=0d4a1185 adler=1a0b045d djb2= 894552257 fnv=0xd58b3fa7
# expect: 'The quick br'   crc32=414fa339 adler=5bdc0fda djb2= 885799134 fnv=0x048fff90
