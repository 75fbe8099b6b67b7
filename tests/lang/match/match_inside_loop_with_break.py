for token in ["a", "b", "END", "c"]:
    match token:
        case "END":
            print("stop")
            break
        case t:
            print("token", t)
# expect: token a
# expect: token b
# expect: stop
