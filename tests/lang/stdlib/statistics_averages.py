# statistics: averages and middles, exact as CPython's (sums are exact Fractions, turned
# into the data's type once).
import statistics
from fractions import Fraction
from statistics import (StatisticsError, fmean, geometric_mean, harmonic_mean, mean, median, median_grouped,
                        median_high, median_low, mode, multimode, quantiles)

grades = [88, 92, 79, 93, 85, 92, 70, 88, 92]
print(mean(grades), mean([1, 2, 3, 4]), mean([0.1] * 10), mean([Fraction(1, 3), Fraction(1, 6)]), mean([1, 2.5]))
# expect: 86.55555555555556 2.5 0.1 1/4 1.75
print(fmean(grades), fmean([3.5, 4.0, 5.25]), fmean(x for x in range(5)), fmean([1, 2, 3], weights=[3, 1, 1]))
# expect: 86.55555555555556 4.25 2.0 1.6
print(round(geometric_mean([54, 24, 36]), 9), geometric_mean([2, 8]), harmonic_mean([40, 60]), harmonic_mean([2.5, 3, 10]))
# expect: 36.0 4.0 48.0 3.6
print(harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([5]), harmonic_mean([0, 1]), harmonic_mean([Fraction(1, 2), 1]))
# expect: 56.0 5 0 0.6666666666666666
print(median(grades), median([1, 3, 5, 7]), median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]), median([2.5]))
# expect: 88 4.0 3 5 2.5
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2), median_grouped([7]))
# expect: 52.5 3.4 7.0
print(mode(grades), mode(["red", "blue", "red"]), multimode("aabbbbccddddeeffffgg"), multimode([]), mode([1, 1, 2, 2]))
# expect: 92 red ['b', 'd', 'f'] [] 1
print(quantiles(grades), quantiles(grades, n=10), quantiles(grades, n=3, method="inclusive"))
# expect: [82.0, 88.0, 92.0] [70.0, 79.0, 85.0, 88.0, 88.0, 92.0, 92.0, 92.0, 93.0] [87.0, 92.0]
print(quantiles([1, 2], n=2), quantiles(range(1, 101), n=4), quantiles([1.5, 2.5, 10.0], n=5, method="inclusive"))
# expect: [1.5] [25.25, 50.5, 75.75] [1.9, 2.3, 4.0, 7.0]
for bad in [lambda: mean([]), lambda: fmean([]), lambda: median([]), lambda: mode([]), lambda: geometric_mean([1, -1]),
            lambda: harmonic_mean([-1, 2]), lambda: harmonic_mean([]), lambda: quantiles([1]), lambda: quantiles([1, 2], n=0),
            lambda: fmean([1, 2], weights=[1]), lambda: fmean([1], weights=[0]), lambda: harmonic_mean([1, 2], weights=[1])]:
    try:
        bad()
    except StatisticsError as e:
        print("StatisticsError:", e)
# expect: StatisticsError: mean requires at least one data point
# expect: StatisticsError: fmean requires at least one data point
# expect: StatisticsError: no median for empty data
# expect: StatisticsError: no mode for empty data
# expect: StatisticsError: geometric mean requires a non-empty dataset containing positive numbers
# expect: StatisticsError: harmonic mean does not support negative values
# expect: StatisticsError: harmonic_mean requires at least one data point
# expect: StatisticsError: must have at least two data points
# expect: StatisticsError: n must be at least 1
# expect: StatisticsError: data and weights must be the same length
# expect: StatisticsError: sum of weights must be non-zero
# expect: StatisticsError: Number of weights does not match data size
for bad in [lambda: quantiles([1, 2], method="x"), lambda: mean(["a"]), lambda: mean([1, "2"]), lambda: median_grouped(["a", "b"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
# expect: ValueError: Unknown method: 'x'
# expect: TypeError: can't convert type 'str' to numerator/denominator
# expect: TypeError: can't convert type 'str' to numerator/denominator
# expect: TypeError: Value cannot be converted to a float
print(issubclass(StatisticsError, ValueError), statistics.mean(range(1, 11)))  # expect: True 5.5
