readings = {
    "Mon": [12.5, 14.1, 18.3, 16.0],
    "Tue": [11.0, 13.2, 19.8, 17.4],
    "Wed": [9.8, 10.5, 12.1, 11.9],
    "Thu": [13.3, 15.6, 21.0, 18.8],
    "Fri": [14.0, 16.2, 22.5, 20.1],
}
print(f"{'Day':<4}{'Min':>6}{'Max':>6}{'Avg':>7}{'Range':>7}")
# expect: Day    Min   Max    Avg  Range
for day, temps in readings.items():
    lo, hi = min(temps), max(temps)
    print(f"{day:<4}{lo:>6.1f}{hi:>6.1f}{sum(temps) / len(temps):>7.2f}{hi - lo:>7.1f}")
# expect: Mon   12.5  18.3  15.23    5.8
# expect: Tue   11.0  19.8  15.35    8.8
# expect: Wed    9.8  12.1  11.07    2.3
# expect: Thu   13.3  21.0  17.18    7.7
# expect: Fri   14.0  22.5  18.20    8.5
all_t = [t for ts in readings.values() for t in ts]
print(f"overall: n={len(all_t)} mean={sum(all_t) / len(all_t):.3f}")
# expect: overall: n=20 mean=15.405
hottest = max(readings, key=lambda d: max(readings[d]))
coldest = min(readings.items(), key=lambda kv: sum(kv[1]))[0]
print("hottest day:", hottest, "coldest day:", coldest)  # expect: hottest day: Fri coldest day: Wed
moving = [round(sum(all_t[i:i + 3]) / 3, 2) for i in range(len(all_t) - 2)]
print(moving[:6])  # expect: [14.97, 16.13, 15.1, 13.4, 14.67, 16.8]
fahrenheit = {d: [round(t * 9 / 5 + 32, 1) for t in ts] for d, ts in readings.items()}
print(fahrenheit["Fri"])  # expect: [57.2, 61.2, 72.5, 68.2]
above = {d: sum(t > 15 for t in ts) for d, ts in readings.items()}
print(above, sum(above.values()))  # expect: {'Mon': 2, 'Tue': 2, 'Wed': 0, 'Thu': 3, 'Fri': 3} 10
trend = ["up" if b > a else "down" if b < a else "flat" for a, b in zip(all_t, all_t[1:])]
print(trend.count("up"), trend.count("down"), trend[:5])
# expect: 11 8 ['up', 'up', 'down', 'down', 'up']
