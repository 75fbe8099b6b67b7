x = "ab"
print(f"[{x:>6}]")
print(f"[{x:<6}]")
print(f"[{x:^6}]")
print(f"[{x:^7}]")
print(f"[{42:5}] [{'s':5}]")
# expect: [    ab]
# expect: [ab    ]
# expect: [  ab  ]
# expect: [  ab   ]
# expect: [   42] [s    ]
