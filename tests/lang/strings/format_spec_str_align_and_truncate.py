s = "python"
print(f"[{s:10}] [{s:>10}] [{s:^10}]")     # expect: [python    ] [    python] [  python  ]
print(f"[{s:.3}] [{s:>8.2}] [{s:-^9.4}]")  # expect: [pyt] [      py] [--pyth---]
