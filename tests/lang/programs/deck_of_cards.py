class Card:
    SUITS = "♣♦♥♠"
    RANKS = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A"]

    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __repr__(self):
        return f"{self.RANKS[self.rank]}{self.SUITS[self.suit]}"

    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __lt__(self, other):
        return (self.rank, self.suit) < (other.rank, other.suit)

    def __hash__(self):
        return self.rank * 4 + self.suit

class Deck:
    def __init__(self):
        self.cards = [Card(r, s) for s in range(4) for r in range(13)]

    def shuffle(self, seed):
        state = seed
        for i in range(len(self.cards) - 1, 0, -1):
            state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
            j = (state >> 33) % (i + 1)
            self.cards[i], self.cards[j] = self.cards[j], self.cards[i]

    def deal(self, n):
        hand, self.cards = self.cards[:n], self.cards[n:]
        return hand

    def __len__(self):
        return len(self.cards)

def blackjack_value(hand):
    total, aces = 0, 0
    for c in hand:
        r = Card.RANKS[c.rank]
        if r == "A":
            aces += 1
            total += 11
        elif r in ("J", "Q", "K"):
            total += 10
        else:
            total += int(r)
    while total > 21 and aces:
        total -= 10
        aces -= 1
    return total

deck = Deck()
print(len(deck), deck.cards[:5], deck.cards[-3:])  # expect: 52 [2♣, 3♣, 4♣, 5♣, 6♣] [Q♠, K♠, A♠]
deck.shuffle(2024)
hands = [deck.deal(5) for _ in range(4)]
for i, h in enumerate(hands, 1):
    print(f"player {i}: {' '.join(map(repr, sorted(h)))}  max={max(h)}")
# expect: player 1: 3♥ 6♦ 6♠ 8♥ K♦  max=K♦
# expect: player 2: 4♠ 5♥ 9♥ Q♠ K♥  max=K♥
# expect: player 3: 3♣ 5♠ 10♠ K♠ A♣  max=A♣
# expect: player 4: 2♠ 4♣ 5♦ 7♠ J♦  max=J♦
print(len(deck), len(set(deck.cards)), Card(0, 0) in deck.cards or Card(0, 0) in sum(hands, []))
# expect: 32 32 True
for h in (hands[0][:2], hands[1][:3], [Card(12, 0), Card(12, 1), Card(8, 2)], [Card(12, 3), Card(11, 0)]):
    print(h, blackjack_value(h))
# expect: [3♥, K♦] 13
# expect: [K♥, Q♠, 9♥] 29
# expect: [A♣, A♦, 10♥] 12
# expect: [A♠, K♣] 21
suits = {}
for c in sum(hands, []):
    suits[Card.SUITS[c.suit]] = suits.get(Card.SUITS[c.suit], 0) + 1
print(sorted(suits.items()))  # expect: [('♠', 8), ('♣', 3), ('♥', 5), ('♦', 4)]
