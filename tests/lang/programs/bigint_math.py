def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def fib_fast(n):
    def fd(k):
        if k == 0:
            return 0, 1
        a, b = fd(k // 2)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k % 2 else (c, d)
    return fd(n)[0]

def modpow(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result

def catalan(n):
    return factorial(2 * n) // (factorial(n + 1) * factorial(n))

def digits_sum(n):
    return sum(map(int, str(n)))

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

f100 = factorial(100)
print(f100)
# expect: 93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000
print(len(str(f100)), digits_sum(f100), str(f100).count("0"), len(str(f100)) - len(str(f100).rstrip("0")))
# expect: 158 648 30 24
f1000 = fib(1000)
print(f1000)
# expect: 43466557686937456435688527675040625802564660517371780402481729089536555417949051890403879840079255169295922593080322634775209689623239873322471161642996440906533187938298969649928516003704476137795166849228875
print(f1000 == fib_fast(1000), len(str(fib_fast(10000))))  # expect: True 2090
print(modpow(2, 10 ** 18, 10 ** 9 + 7), pow(2, 10 ** 18, 10 ** 9 + 7))
# expect: 719476260 719476260
print(modpow(3, 2 ** 100, 2 ** 61 - 1) == pow(3, 2 ** 100, 2 ** 61 - 1))  # expect: True
print([catalan(n) for n in range(15)])
# expect: [1, 1, 2, 5, 14, 42, 132, 429, 1430, 4862, 16796, 58786, 208012, 742900, 2674440]
print(2 ** 256, -(2 ** 255) // 3, (2 ** 256) % 1000007)
# expect: 115792089237316195423570985008687907853269984665640564039457584007913129639936 -19298681539552699237261830834781317975544997444273427339909597334652188273323 770169
p, q = 61, 53
n, phi = p * q, (p - 1) * (q - 1)
e = 17
g, x, _ = egcd(e, phi)
d = x % phi
print("rsa:", n, phi, d, d == pow(e, -1, phi))  # expect: rsa: 3233 3120 2753 True
msg = 65
c = modpow(msg, e, n)
print("cipher", c, "plain", modpow(c, d, n))  # expect: cipher 2790 plain 65
big = 10 ** 50 + 151
print(big // 7, big % 7, divmod(-big, 13), big * big - (big - 1) * (big + 1))
# expect: 14285714285714285714285714285714285714285714285735 6 (-7692307692307692307692307692307692307692307692320, 9) 1
print(int("123456789" * 5) // int("987654321" * 2), str(3 ** 200)[:30])
# expect: 124999998860937500139238280 265613988875874769338781322035
print(abs(-10 ** 30), max(10 ** 30, 10 ** 30 + 1), 10 ** 30 == 10.0 ** 30, 10 ** 22 == 1e22, float(2 ** 80))
# expect: 1000000000000000000000000000000 1000000000000000000000000000001 False True 1.2089258196146292e+24
