class TransactionError(Exception):
    pass

class Ledger:
    def __init__(self, **balances):
        self.balances = dict(balances)
        self.journal = []

    def transaction(self):
        return _Tx(self)

    def transfer(self, src, dst, amount):
        if amount <= 0:
            raise TransactionError(f"invalid amount {amount}")
        for acct in (src, dst):
            if acct not in self.balances:
                raise TransactionError(f"unknown account {acct}")
        if self.balances[src] < amount:
            raise TransactionError(f"{src} has insufficient funds ({self.balances[src]} < {amount})")
        self.balances[src] -= amount
        self.balances[dst] += amount
        self.journal.append((src, dst, amount))

class _Tx:
    def __init__(self, ledger):
        self.ledger = ledger

    def __enter__(self):
        self.saved = (dict(self.ledger.balances), len(self.ledger.journal))
        return self.ledger

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  commit", self.ledger.balances)
            return False
        balances, n = self.saved
        self.ledger.balances = balances
        del self.ledger.journal[n:]
        print(f"  rollback ({exc})")
        return issubclass(exc_type, TransactionError)

ledger = Ledger(alice=100, bob=50, carol=0)
batches = [
    [("alice", "bob", 30), ("bob", "carol", 60)],
    [("alice", "carol", 50), ("carol", "bob", 100)],
    [("bob", "dave", 1)],
    [("carol", "alice", -5)],
    [("alice", "bob", 20), ("bob", "alice", 10)],
]
for i, batch in enumerate(batches, 1):
    print(f"batch {i}: {batch}")
    with ledger.transaction() as l:
        for t in batch:
            l.transfer(*t)
# expect: batch 1: [('alice', 'bob', 30), ('bob', 'carol', 60)]
# expect:   commit {'alice': 70, 'bob': 20, 'carol': 60}
# expect: batch 2: [('alice', 'carol', 50), ('carol', 'bob', 100)]
# expect:   commit {'alice': 20, 'bob': 120, 'carol': 10}
# expect: batch 3: [('bob', 'dave', 1)]
# expect:   rollback (unknown account dave)
# expect: batch 4: [('carol', 'alice', -5)]
# expect:   rollback (invalid amount -5)
# expect: batch 5: [('alice', 'bob', 20), ('bob', 'alice', 10)]
# expect:   commit {'alice': 10, 'bob': 130, 'carol': 10}
print(ledger.balances, sum(ledger.balances.values()))
# expect: {'alice': 10, 'bob': 130, 'carol': 10} 150
print(ledger.journal)
# expect: [('alice', 'bob', 30), ('bob', 'carol', 60), ('alice', 'carol', 50), ('carol', 'bob', 100), ('alice', 'bob', 20), ('bob', 'alice', 10)]
try:
    with ledger.transaction() as l:
        l.transfer("alice", "bob", 1)
        raise KeyboardInterrupt if False else ValueError("unexpected")
    # expect:   rollback (unexpected)
except ValueError as e:
    print("propagated:", e)                  # expect: propagated: unexpected
print(ledger.balances, len(ledger.journal))  # expect: {'alice': 10, 'bob': 130, 'carol': 10} 6
