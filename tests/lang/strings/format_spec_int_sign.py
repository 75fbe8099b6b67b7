for n in [7, -7]:
    print(f"[{n:+}] [{n:-}] [{n: }]")
# expect: [+7] [7] [ 7]
# expect: [-7] [-7] [-7]
