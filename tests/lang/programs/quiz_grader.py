QUESTIONS = [
    {"q": "2 + 2", "answer": "4", "points": 1},
    {"q": "Capital of France", "answer": "paris", "points": 2, "alt": ["paris, france"]},
    {"q": "Largest planet", "answer": "jupiter", "points": 2},
    {"q": "Pick primes", "answer": {"2", "3", "5"}, "points": 3, "multi": True},
    {"q": "Year of moon landing", "answer": "1969", "points": 1, "tolerance": 0},
]

def normalize(s):
    return " ".join(s.strip().lower().split())

def grade(question, response):
    if question.get("multi"):
        got = {normalize(x) for x in response.split(",") if x.strip()}
        correct = question["answer"]
        hits = len(got & correct) - len(got - correct)
        return max(0, round(question["points"] * hits / len(correct), 2))
    r = normalize(response)
    if r == question["answer"] or r in question.get("alt", []):
        return question["points"]
    return 0

submissions = {
    "ann": ["4", " Paris ", "Jupiter", "2, 3, 5", "1969"],
    "ben": ["5", "paris,  france", "saturn", "2,3,4", "1968"],
    "cat": ["4", "London", "JUPITER", "2", "1969"],
    "dan": ["", "", "", "", ""],
}
maximum = sum(q["points"] for q in QUESTIONS)
report = {}
for name, answers in submissions.items():
    scores = [grade(q, a) for q, a in zip(QUESTIONS, answers)]
    total = sum(scores)
    report[name] = total
    marks = "".join("+" if s == q["points"] else "~" if s else "-" for s, q in zip(scores, QUESTIONS))
    print(f"{name:<4} {marks} {total:>5}/{maximum} {total / maximum:6.1%}")
# expect: ann  +++++   9.0/9 100.0%
# expect: ben  -+-~-   3.0/9  33.3%
# expect: cat  +-+~+   5.0/9  55.6%
# expect: dan  -----     0/9   0.0%
per_q = [sum(grade(q, subs[i]) for subs in submissions.values()) / (q["points"] * len(submissions)) for i, q in enumerate(QUESTIONS)]
for q, rate in zip(QUESTIONS, per_q):
    print(f"{q['q']:<22} {rate:.0%}")
# expect: 2 + 2                  50%
# expect: Capital of France      50%
# expect: Largest planet         50%
# expect: Pick primes            42%
# expect: Year of moon landing   50%
hardest = min(range(len(QUESTIONS)), key=lambda i: per_q[i])
print("hardest:", QUESTIONS[hardest]["q"])  # expect: hardest: Pick primes
print("ranking:", sorted(report, key=lambda n: (-report[n], n)))
# expect: ranking: ['ann', 'cat', 'ben', 'dan']
