# statistics: variance and standard deviation (exact, then a correctly rounded square
# root), covariance, correlation, linear regression and NormalDist.
from fractions import Fraction
from statistics import (NormalDist, StatisticsError, correlation, covariance, linear_regression, pstdev, pvariance,
                        stdev, variance)

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(variance(data), pvariance(data), stdev(data), pstdev(data))
# expect: 1.3720238095238095 1.1760204081632653 1.171334200612195 1.084444746477784
print(variance([1, 2, 3, 4]), pvariance([1, 2, 3, 4]), variance([Fraction(1, 2), Fraction(3, 4)]), stdev([1, 2, 3, 4]))
# expect: 1.6666666666666667 1.25 1/32 1.2909944487358056
print(variance(data, 1.5), pvariance([1, 2, 3], mu=2), stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([5]))
# expect: 1.3854166666666667 0.6666666666666666 1.0810874155219827 0.0
print(variance([10 ** 20, 10 ** 20 + 2]), stdev([0.1, 0.2, 0.3]), pstdev([1e300, 1e300]), variance([3, 3, 3]))
# expect: 2 0.09999999999999999 0.0 0
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(covariance(x, y), correlation(x, y), correlation(x, x[::-1]), linear_regression(x, y))
# expect: 0.75 0.31622776601683794 -1.0 LinearRegression(slope=0.1, intercept=1.5)
slope, intercept = linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
print(slope, intercept, linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
# expect: 2.0 1.0 LinearRegression(slope=2.2142857142857144, intercept=0.0)
for bad in [lambda: variance([1]), lambda: pvariance([]), lambda: stdev([]), lambda: covariance([1], [1]),
            lambda: correlation([1, 2], [1]), lambda: correlation([1, 1], [1, 2]), lambda: linear_regression([1, 1], [1, 2]),
            lambda: NormalDist(0, -1), lambda: NormalDist().inv_cdf(1.5), lambda: NormalDist(1, 0).pdf(1)]:
    try:
        bad()
    except StatisticsError as e:
        print("StatisticsError:", e)
# expect: StatisticsError: variance requires at least two data points
# expect: StatisticsError: pvariance requires at least one data point
# expect: StatisticsError: stdev requires at least two data points
# expect: StatisticsError: covariance requires at least two data points
# expect: StatisticsError: correlation requires that both inputs have same number of data points
# expect: StatisticsError: at least one of the inputs is constant
# expect: StatisticsError: x is constant
# expect: StatisticsError: sigma must be non-negative
# expect: StatisticsError: p must be in the range 0.0 < p < 1.0
# expect: StatisticsError: pdf() not defined when sigma is zero

iq = NormalDist(100, 15)
print(iq, iq.mean, iq.stdev, iq.variance, iq.median, iq.mode, round(iq.cdf(130), 12), round(iq.pdf(100), 15))
# expect: NormalDist(mu=100.0, sigma=15.0) 100.0 15.0 225.0 100.0 100.0 0.977249868052 0.026596152026762
print(iq.inv_cdf(0.5), iq.inv_cdf(0.975), iq.quantiles(), [round(q, 6) for q in NormalDist().quantiles(10)])
# expect: 100.0 129.3994597681008 [89.88265374705878, 100.0, 110.11734625294122] [-1.281552, -0.841621, -0.524401, -0.253347, 0.0, 0.253347, 0.524401, 0.841621, 1.281552]
print(iq.zscore(130), NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), round(iq.overlap(NormalDist(110, 15)), 12))
# expect: 2.0 NormalDist(mu=6.85, sigma=4.389618434442793) 0.738882680364
print(iq + 10, iq - NormalDist(0, 20), iq * 2, iq / -3, -iq, 200 - iq, iq == NormalDist(100.0, 15.0), hash(iq) == hash(NormalDist(100, 15)))
# expect: NormalDist(mu=110.0, sigma=15.0) NormalDist(mu=100.0, sigma=25.0) NormalDist(mu=200.0, sigma=30.0) NormalDist(mu=-33.333333333333336, sigma=5.0) NormalDist(mu=-100.0, sigma=15.0) NormalDist(mu=100.0, sigma=15.0) True True
print(len(iq.samples(5)), round(NormalDist().inv_cdf(1e-10), 10), round(NormalDist(0, 1).cdf(-1.96), 12))
# expect: 5 -6.3613409024 0.024997895148
