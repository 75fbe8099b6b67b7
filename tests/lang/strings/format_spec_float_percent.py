ratios = [0.125, 1, -0.5]
print(f"{ratios[0]:%} {ratios[0]:.1%} {ratios[1]:.0%} {ratios[2]:.2%}")
# expect: 12.500000% 12.5% 100% -50.00%
