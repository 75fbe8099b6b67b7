def process(items):
    for item in items:
        if item == "STOP":
            print("stop marker found, exiting cleanly")
            raise SystemExit(0)
        print("processing", item)

try:
    process(["a", "b"])
    print("first batch ok")
finally:
    print("cleanup ran")
process(["c", "STOP", "d"])
print("not reached")
# expect: processing a
# expect: processing b
# expect: first batch ok
# expect: cleanup ran
# expect: processing c
# expect: stop marker found, exiting cleanly
