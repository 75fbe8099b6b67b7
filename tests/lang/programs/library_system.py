class Book:
    def __init__(self, isbn, title, author, year, copies=1):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.copies = copies
        self.available = copies

    def __str__(self):
        return f"{self.title} by {self.author} ({self.year}) [{self.available}/{self.copies}]"

class Member:
    MAX_LOANS = 2
    def __init__(self, name):
        self.name = name
        self.loans = []

class LibraryError(Exception):
    pass

class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.day = 0
        self.ledger = []

    def add_book(self, book):
        if book.isbn in self.books:
            existing = self.books[book.isbn]
            existing.copies += book.copies
            existing.available += book.copies
        else:
            self.books[book.isbn] = book

    def join(self, name):
        self.members[name] = Member(name)

    def checkout(self, name, isbn):
        member = self.members.get(name)
        if member is None:
            raise LibraryError(f"no member {name}")
        book = self.books.get(isbn)
        if book is None:
            raise LibraryError(f"no book {isbn}")
        if len(member.loans) >= Member.MAX_LOANS:
            raise LibraryError(f"{name} has too many loans")
        if book.available == 0:
            raise LibraryError(f"{book.title!r} unavailable")
        book.available -= 1
        member.loans.append((isbn, self.day + 14))
        self.ledger.append(("out", self.day, name, isbn))

    def checkin(self, name, isbn):
        member = self.members[name]
        for i, (b, due) in enumerate(member.loans):
            if b == isbn:
                del member.loans[i]
                self.books[isbn].available += 1
                fine = max(0, self.day - due) * 0.25
                self.ledger.append(("in", self.day, name, isbn))
                return fine
        raise LibraryError(f"{name} does not have {isbn}")

    def search(self, text):
        text = text.lower()
        return [b for b in self.books.values() if text in b.title.lower() or text in b.author.lower()]

lib = Library()
lib.add_book(Book("111", "Dune", "Frank Herbert", 1965, 2))
lib.add_book(Book("222", "Neuromancer", "William Gibson", 1984))
lib.add_book(Book("333", "Foundation", "Isaac Asimov", 1951))
lib.add_book(Book("111", "Dune", "Frank Herbert", 1965))
for n in ["ann", "ben"]:
    lib.join(n)
ops = [("checkout", "ann", "111"), ("checkout", "ann", "222"), ("checkout", "ann", "333"),
       ("checkout", "ben", "222"), ("checkout", "zed", "111"), ("checkout", "ben", "999"),
       ("advance", 20), ("checkin", "ann", "222"), ("checkin", "ben", "111"), ("checkout", "ben", "222")]
for op in ops:
    try:
        if op[0] == "advance":
            lib.day += op[1]
            print("day is now", lib.day)
        elif op[0] == "checkout":
            lib.checkout(op[1], op[2])
            print(f"{op[1]} borrowed {lib.books[op[2]].title}")
        else:
            fine = lib.checkin(op[1], op[2])
            print(f"{op[1]} returned {op[2]}, fine ${fine:.2f}")
    except LibraryError as e:
        print("refused:", e)
# expect: ann borrowed Dune
# expect: ann borrowed Neuromancer
# expect: refused: ann has too many loans
# expect: refused: 'Neuromancer' unavailable
# expect: refused: no member zed
# expect: refused: no book 999
# expect: day is now 20
# expect: ann returned 222, fine $1.50
# expect: refused: ben does not have 111
# expect: ben borrowed Neuromancer
for b in sorted(lib.books.values(), key=lambda b: b.year):
    print(" ", b)
# expect:   Foundation by Isaac Asimov (1951) [1/1]
# expect:   Dune by Frank Herbert (1965) [2/3]
# expect:   Neuromancer by William Gibson (1984) [0/1]
print([str(b) for b in lib.search("an")])
# expect: ['Dune by Frank Herbert (1965) [2/3]', 'Neuromancer by William Gibson (1984) [0/1]']
print(len(lib.ledger), lib.ledger[-1], {m.name: m.loans for m in lib.members.values()})
# expect: 4 ('out', 20, 'ben', '222') {'ann': [('111', 14)], 'ben': [('222', 34)]}
