class Keys:
    NAME = "name"

match {"name": "ann"}:
    case {Keys.NAME: n}:
        print("name is", n)  # expect: name is ann
