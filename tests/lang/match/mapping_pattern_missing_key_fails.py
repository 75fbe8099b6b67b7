def get_port(cfg):
    match cfg:
        case {"port": p}:
            return p
        case _:
            return "default"

print(get_port({"port": 1}), get_port({"host": "x"}), get_port([]))  # expect: 1 default default
