# statistics: mixed int/float/Fraction data keep CPython's result types and last digits
# (exact sums, one rounding), stdev is the correctly rounded root of the exact variance,
# quantiles by both methods, the NormalDist tails, and inf/nan in the data.
import statistics as st
from fractions import Fraction as F

mixed = [1, 2.5, F(1, 2), True]
print(st.mean(mixed), st.variance(mixed), st.pstdev(mixed), st.median(mixed), st.mean([F(1, 3), F(2, 7)]))
# expect: 1.25 0.75 0.75 1.0 13/42
print(st.mean([0.1] * 10), st.variance([1e150, 1e-300, 3.3]), st.stdev([10 ** 20, 3, 7]), st.mean([10 ** 20, 3, 8]))
# expect: 0.1 3.333333333333333e+299 5.773502691896258e+19 33333333333333333337
print(st.pvariance([F(1, 3), F(2, 7), F(5, 6)]), st.variance([1, 2, 3, 4], 2), st.pstdev([1.5, 2.5], F(1, 2)))
# expect: 487/7938 2 1.5811388300841898
print(st.stdev([0, 1, 10 ** 40 + 1]), st.pstdev([F(0), F(7, 10 ** 30)]), st.stdev([2, 2, 2]))
# expect: 5.773502691896258e+39 3.5e-30 0.0
data = [3, 17, 5, 9, 12, 1, 4, 8, 20, 13, 2]
print(st.quantiles(data), st.quantiles(data, n=10, method="inclusive"), st.quantiles([1, 2], n=3))
# expect: [3.0, 8.0, 13.0] [2.0, 3.0, 4.0, 5.0, 8.0, 9.0, 12.0, 13.0, 17.0] [1.0, 2.0]
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_low([4, 1, 3, 2]))
# expect: 52.5 3.5 2
print(st.mean([float("inf"), 1.0]), st.variance([1.0, float("nan"), 2.0]), st.NormalDist.from_samples([1.0, float("inf")]))
# expect: inf nan NormalDist(mu=inf, sigma=nan)
N = st.NormalDist(2.5, 1.25)
print(N.inv_cdf(1e-20), N.inv_cdf(0.01), N.inv_cdf(0.3), N.inv_cdf(0.9999), N.quantiles(5))
# expect: -9.077925112248007 -0.40793484255105117 1.8444993591149492 7.148770606819635 [1.4479734580338572, 2.1833161210802503, 2.8166838789197497, 3.5520265419661428]
print(N.overlap(st.NormalDist(-1, 3)), N.overlap(st.NormalDist(0, 1.25)), N.pdf(3), N.cdf(3))
# expect: 0.35283788230503377 0.31731050786291415 0.29461611224265866 0.6554217416103242
for bad in [lambda: st.mean(["a"]), lambda: st.mean([1, "x"]), lambda: st.stdev([1.0, float("nan")]),
            lambda: st.harmonic_mean([1, -2]), lambda: st.quantiles([1, 2], method="x"), lambda: st.variance([F(1), 1.5, "z"])]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
        # expect: TypeError can't convert type 'str' to numerator/denominator
        # expect: TypeError can't convert type 'str' to numerator/denominator
        # expect: AttributeError 'float' object has no attribute 'numerator'
        # expect: StatisticsError harmonic mean does not support negative values
        # expect: ValueError Unknown method: 'x'
        # expect: TypeError can't convert type 'str' to numerator/denominator
