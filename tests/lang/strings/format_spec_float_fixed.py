x = 1234.5678
print(f"{x:f} {x:.1f} {x:.0f}")                    # expect: 1234.567800 1234.6 1235
print(f"{x:F} {float('inf'):F} {float('nan'):f}")  # expect: 1234.567800 INF nan
print(f"{x:12.3f}|{x:<12.3f}|")                    # expect:     1234.568|1234.568    |
