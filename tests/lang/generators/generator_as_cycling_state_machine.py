def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"

light = traffic_light()
print([next(light) for _ in range(5)])  # expect: ['green', 'yellow', 'red', 'green', 'yellow']
