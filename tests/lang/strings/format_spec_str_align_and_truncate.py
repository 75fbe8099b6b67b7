s = "python"
print(f"[{s:10}] [{s:>10}] [{s:^10}]")
print(f"[{s:.3}] [{s:>8.2}] [{s:-^9.4}]")
# expect: [python    ] [    python] [  python  ]
# expect: [pyt] [      py] [--pyth---]
