def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    if "A" <= c <= "Z":
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    return c

def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)

secret = caesar("Hello, World! xyz", 3)
print(secret)                     # expect: Khoor, Zruog! abc
print(caesar(secret, -3))         # expect: Hello, World! xyz
print(caesar("abc", 26 * 5 + 1))  # expect: bcd
