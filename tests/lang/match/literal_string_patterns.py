def command(cmd):
    match cmd:
        case "start":
            return "starting"
        case "stop":
            return "stopping"
        case _:
            return "unknown: " + cmd

print(command("start"), command("stop"), command("jump"))  # expect: starting stopping unknown: jump
