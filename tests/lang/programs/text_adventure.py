ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of old books.", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.state = "playing"

    def do(self, command):
        words = command.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        self.moves += 1
        match verb, rest:
            case ("go" | "walk"), [direction]:
                return self.go(direction)
            case "take", [item]:
                return self.take(item)
            case "take", []:
                return "Take what?"
            case "look", _:
                r = ROOMS[self.room]
                items = ", ".join(r["items"]) or "nothing"
                return f"{r['desc']} You see: {items}. Exits: {', '.join(sorted(r['exits']))}."
            case ("inventory" | "i"), []:
                return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
            case "quit", _:
                self.state = "quit"
                return "Bye."
            case _:
                self.moves -= 1
                return f"I don't understand {command!r}."

    def go(self, direction):
        target = ROOMS[self.room]["exits"].get(direction)
        if target is None:
            return "You can't go that way."
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return "The door is locked."
            ROOMS[target]["locked"] = False
            self.room = target
            return f"You unlock the door and enter the {target}."
        self.room = target
        return f"You are in the {target}."

    def take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
        return f"Taken: {item}."

game = Game()
script = ["look", "take lamp", "go east", "go down", "go west", "go north", "take", "take key",
          "i", "dance", "go south", "go east", "go down", "look", "take treasure", "look"]
for cmd in script:
    print(f"> {cmd}")
    print(game.do(cmd))
    if game.state != "playing":
        break
# expect: > look
# expect: A dusty hall. You see: lamp. Exits: east, north.
# expect: > take lamp
# expect: Taken: lamp.
# expect: > go east
# expect: You are in the kitchen.
# expect: > go down
# expect: The door is locked.
# expect: > go west
# expect: You are in the hall.
# expect: > go north
# expect: You are in the library.
# expect: > take
# expect: Take what?
# expect: > take key
# expect: Taken: key.
# expect: > i
# expect: You carry: key, lamp
# expect: > dance
# expect: I don't understand 'dance'.
# expect: > go south
# expect: You are in the hall.
# expect: > go east
# expect: You are in the kitchen.
# expect: > go down
# expect: You unlock the door and enter the cellar.
# expect: > look
# expect: Dark and damp. You see: treasure. Exits: up.
# expect: > take treasure
# expect: Taken: treasure.
print(game.state, game.moves, game.inventory)  # expect: won 14 ['lamp', 'key', 'treasure']
