x = "ab"
print(f"[{x:>6}]")            # expect: [    ab]
print(f"[{x:<6}]")            # expect: [ab    ]
print(f"[{x:^6}]")            # expect: [  ab  ]
print(f"[{x:^7}]")            # expect: [  ab   ]
print(f"[{42:5}] [{'s':5}]")  # expect: [   42] [s    ]
