# Native modules: math's float functions are compiled C, loaded as math.wasm.
import math

print(math.sqrt(2), math.pi)
print(math.floor(-2.5), math.ceil(2.1), math.hypot(3, 4))
print(math.gcd(84, 36), math.isqrt(10 ** 20), math.factorial(25))
print(f"{math.sin(math.pi / 6):.6f} {math.log(math.e):.1f} {math.degrees(math.pi)}")
print(math.isclose(0.1 + 0.2, 0.3), math.comb(10, 3))
