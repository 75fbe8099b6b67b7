TRANSITIONS = {
    ("menu", "start"): "playing",
    ("menu", "quit"): "exited",
    ("playing", "pause"): "paused",
    ("playing", "die"): "game_over",
    ("playing", "win"): "victory",
    ("paused", "resume"): "playing",
    ("paused", "quit"): "menu",
    ("game_over", "retry"): "playing",
    ("game_over", "quit"): "menu",
    ("victory", "continue"): "menu",
}

class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot '{event}' while {state}")
        self.state, self.event = state, event

class Machine:
    def __init__(self, initial="menu"):
        self.state = initial
        self.history = [initial]
        self.hooks = {}
        self.lives = 3

    def on(self, state):
        def register(fn):
            self.hooks.setdefault(state, []).append(fn)
            return fn
        return register

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(self.state, event)
        self.state = TRANSITIONS[key]
        self.history.append(self.state)
        for hook in self.hooks.get(self.state, []):
            hook(self)
        return self.state

m = Machine()

@m.on("game_over")
def lose_life(machine):
    machine.lives -= 1
    print(f"    lives left: {machine.lives}")
    if machine.lives == 0:
        machine.state = "menu"
        machine.history.append("menu(forced)")
        machine.lives = 3

@m.on("victory")
def celebrate(machine):
    print("    *** you win ***")

events = "start pause resume die retry die retry jump die start win continue quit".split()
for e in events:
    try:
        before = m.state
        after = m.fire(e)
        print(f"{before:>10} --{e}--> {after}")
    except InvalidTransition as err:
        print(f"{'':>10} !! {err}")
# expect:       menu --start--> playing
# expect:    playing --pause--> paused
# expect:     paused --resume--> playing
# expect:     lives left: 2
# expect:    playing --die--> game_over
# expect:  game_over --retry--> playing
# expect:     lives left: 1
# expect:    playing --die--> game_over
# expect:  game_over --retry--> playing
# expect:            !! cannot 'jump' while playing
# expect:     lives left: 0
# expect:    playing --die--> menu
# expect:       menu --start--> playing
# expect:     *** you win ***
# expect:    playing --win--> victory
# expect:    victory --continue--> menu
# expect:       menu --quit--> exited
print(" > ".join(m.history))
# expect: menu > playing > paused > playing > game_over > playing > game_over > playing > game_over > menu(forced) > playing > victory > menu > exited
reachable = {s for (s, _), t in TRANSITIONS.items()} | set(TRANSITIONS.values())
print(sorted(reachable))  # expect: ['exited', 'game_over', 'menu', 'paused', 'playing', 'victory']
print({s: sorted(e for (st, e) in TRANSITIONS if st == s) for s in sorted(reachable)})
# expect: {'exited': [], 'game_over': ['quit', 'retry'], 'menu': ['quit', 'start'], 'paused': ['quit', 'resume'], 'playing': ['die', 'pause', 'win'], 'victory': ['continue']}
