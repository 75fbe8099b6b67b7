def process(items):
    for item in items:
        if item == "STOP":
            print("stop marker found, exiting cleanly")
            raise SystemExit(0)
        print("processing", item)

try:
    process(["a", "b"])
    # expect: processing a
    # expect: processing b
    print("first batch ok")  # expect: first batch ok
finally:
    print("cleanup ran")  # expect: cleanup ran
process(["c", "STOP", "d"])
# expect: processing c
# expect: stop marker found, exiting cleanly
print("not reached")
