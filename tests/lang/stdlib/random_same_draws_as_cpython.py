# random: with a seed, sample (both of CPython's methods, on each side of its size limit),
# choices, shuffle, randrange and the variates draw what CPython draws; and its messages.
import random
random.seed(2024)
out = []
for n, k in [(10, 3), (26, 6), (45, 6), (46, 6), (100, 20), (85, 20), (86, 20), (300, 90), (10000, 50), (1000, 1000)]:
    out.append(random.sample(range(n), k)[:8])
out.append(random.sample("abcdefgh", 8))
out.append(random.sample(["x", "y", "z"], 5, counts=[1, 3, 2]))
out.append(random.choices("abcde", k=7))
out.append(random.choices("abcde", [5, 1, 0, 2, 2.5], k=7))
out.append(random.choices("abc", cum_weights=[1, 1, 4], k=7))
lst = list(range(30)); random.shuffle(lst); out.append(lst)
out.append([random.randrange(3, 100, 7), random.randrange(100, 3, -7), random.randrange(-5, 5), random.randint(-10, 10), random.randrange(10**30), random.getrandbits(100), random.getrandbits(64)])
out.append([random.triangular(), random.triangular(3, 9), random.triangular(3, 9, 4), random.triangular(5, 5, 5)])
out.append([random.gauss(), random.gauss(1, 2), random.normalvariate(), random.expovariate(0.5), random.paretovariate(2.5), random.weibullvariate(2, 3)])
out.append([random.gammavariate(0.3, 2), random.gammavariate(5, 1), random.gammavariate(1, 4), random.betavariate(0.5, 0.7), random.vonmisesvariate(0.5, 3), random.vonmisesvariate(1, 0), random.lognormvariate(0, 0.5)])
for x in out: print(x)
# expect: [7, 2, 4]
# expect: [6, 23, 13, 22, 8, 17]
# expect: [15, 40, 31, 22, 26, 33]
# expect: [39, 13, 19, 34, 21, 33]
# expect: [9, 93, 99, 26, 88, 96, 59, 90]
# expect: [17, 41, 49, 42, 44, 25, 83, 54]
# expect: [40, 72, 53, 78, 14, 42, 83, 77]
# expect: [198, 172, 171, 238, 86, 67, 169, 105]
# expect: [5156, 7, 2013, 4603, 473, 2985, 1007, 1700]
# expect: [340, 10, 522, 348, 566, 921, 960, 899]
# expect: ['h', 'a', 'f', 'e', 'd', 'b', 'c', 'g']
# expect: ['y', 'y', 'z', 'y', 'x']
# expect: ['c', 'd', 'a', 'd', 'c', 'a', 'd']
# expect: ['a', 'e', 'a', 'a', 'a', 'e', 'd']
# expect: ['a', 'c', 'c', 'a', 'a', 'c', 'c']
# expect: [3, 14, 2, 29, 10, 5, 1, 26, 12, 18, 28, 17, 25, 27, 7, 11, 8, 16, 9, 19, 23, 24, 0, 4, 21, 13, 20, 15, 6, 22]
# expect: [3, 72, 3, 2, 77897033406188842695022170836, 1154998465993934634247822377231, 7051522633983706231]
# expect: [0.4010585422417352, 8.275086965492394, 3.82744160747972, 5]
# expect: [0.10420300617195376, 4.617316052594672, 0.2128757869200599, 3.7018851426819825, 1.2572991955952928, 2.3676532128507612]
# expect: [5.961618830430084, 5.8380309678591615, 6.0537051895826535, 0.11935923887778173, 0.7138981690002755, 0.9693257624556454, 1.3428332433293249]
for bad in [lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0), lambda: random.randrange(10, 1, 2), lambda: random.randrange(0), lambda: random.sample({1}, 1), lambda: random.sample([1], 2), lambda: random.sample("ab", 1, counts=[1]), lambda: random.sample("ab", 1, counts=[1.0, 2]), lambda: random.choices("ab", [1], k=1), lambda: random.choices("ab", [0, 0]), lambda: random.choices("ab", [1, 2], cum_weights=[1, 2]), lambda: random.choice(""), lambda: random.gammavariate(0, 1), lambda: random.getrandbits(-1), lambda: random.seed([])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
    # expect: ValueError empty range for randrange() (5, 5, 0)
    # expect: ValueError zero step for randrange()
    # expect: ValueError empty range for randrange()
    # expect: ValueError empty range for randrange()
    # expect: TypeError Population must be a sequence.  For dicts or sets, use sorted(d).
    # expect: ValueError Sample larger than population or is negative
    # expect: ValueError The number of counts does not match the population
    # expect: TypeError Counts must be integers
    # expect: ValueError The number of weights does not match the population
    # expect: ValueError Total of weights must be greater than zero
    # expect: TypeError Cannot specify both weights and cumulative weights
    # expect: IndexError Cannot choose from an empty sequence
    # expect: ValueError gammavariate: alpha and beta must be > 0.0
    # expect: ValueError number of bits must be non-negative
    # expect: TypeError The only supported seed types are: None,
    # expect: int, float, str, bytes, and bytearray.
