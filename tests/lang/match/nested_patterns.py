def handle(msg):
    match msg:
        case ("move", [x, y]):
            return f"move to {x},{y}"
        case ("say", {"text": t}):
            return "say " + t
        case ("quit", _):
            return "quit"
        case _:
            return "?"

print(handle(("move", [1, 2])))                       # expect: move to 1,2
print(handle(("say", {"text": "hi", "lang": "en"})))  # expect: say hi
print(handle(("quit", None)), handle(("dance",)))     # expect: quit ?
