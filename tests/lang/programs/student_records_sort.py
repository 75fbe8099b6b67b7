records = [
    ("Nguyen", "Linh", 3.9, 2025, "CS"),
    ("Smith", "John", 3.2, 2024, "Math"),
    ("Garcia", "Maria", 3.9, 2024, "CS"),
    ("Smith", "Anna", 3.5, 2025, "Physics"),
    ("Kim", "Min", 3.2, 2023, "Math"),
    ("Okafor", "Chidi", 3.7, 2023, "CS"),
    ("Brown", "Lee", 2.8, 2025, "Physics"),
]
def show(title, rows):
    print(title)
    for last, first, gpa, year, major in rows:
        print(f"  {last + ', ' + first:<16} {gpa:.1f} {year} {major}")

show("by name:", sorted(records))
# expect: by name:
# expect:   Brown, Lee       2.8 2025 Physics
# expect:   Garcia, Maria    3.9 2024 CS
# expect:   Kim, Min         3.2 2023 Math
# expect:   Nguyen, Linh     3.9 2025 CS
# expect:   Okafor, Chidi    3.7 2023 CS
# expect:   Smith, Anna      3.5 2025 Physics
# expect:   Smith, John      3.2 2024 Math
show("by gpa desc, then last name:", sorted(records, key=lambda r: (-r[2], r[0])))
# expect: by gpa desc, then last name:
# expect:   Garcia, Maria    3.9 2024 CS
# expect:   Nguyen, Linh     3.9 2025 CS
# expect:   Okafor, Chidi    3.7 2023 CS
# expect:   Smith, Anna      3.5 2025 Physics
# expect:   Kim, Min         3.2 2023 Math
# expect:   Smith, John      3.2 2024 Math
# expect:   Brown, Lee       2.8 2025 Physics
show("by year then major:", sorted(records, key=lambda r: (r[3], r[4])))
# expect: by year then major:
# expect:   Okafor, Chidi    3.7 2023 CS
# expect:   Kim, Min         3.2 2023 Math
# expect:   Garcia, Maria    3.9 2024 CS
# expect:   Smith, John      3.2 2024 Math
# expect:   Nguyen, Linh     3.9 2025 CS
# expect:   Smith, Anna      3.5 2025 Physics
# expect:   Brown, Lee       2.8 2025 Physics
stable = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[4])
show("by major (stable on name):", stable)
# expect: by major (stable on name):
# expect:   Garcia, Maria    3.9 2024 CS
# expect:   Nguyen, Linh     3.9 2025 CS
# expect:   Okafor, Chidi    3.7 2023 CS
# expect:   Kim, Min         3.2 2023 Math
# expect:   Smith, John      3.2 2024 Math
# expect:   Brown, Lee       2.8 2025 Physics
# expect:   Smith, Anna      3.5 2025 Physics
show("top 3:", sorted(records, key=lambda r: r[2], reverse=True)[:3])
# expect: top 3:
# expect:   Nguyen, Linh     3.9 2025 CS
# expect:   Garcia, Maria    3.9 2024 CS
# expect:   Okafor, Chidi    3.7 2023 CS
majors = {}
for r in records:
    majors.setdefault(r[4], []).append(r[2])
for m, gpas in sorted(majors.items(), key=lambda kv: -sum(kv[1]) / len(kv[1])):
    print(f"{m:<8} avg {sum(gpas) / len(gpas):.3f} n={len(gpas)}")
# expect: CS       avg 3.833 n=3
# expect: Math     avg 3.200 n=2
# expect: Physics  avg 3.150 n=2
honors = [f"{f} {l}" for l, f, g, *_ in records if g >= 3.7]
print(honors)  # expect: ['Linh Nguyen', 'Maria Garcia', 'Chidi Okafor']
by_year = {y: sorted(f for _, f, _, yy, _ in records if yy == y) for y in sorted({r[3] for r in records})}
print(by_year)
# expect: {2023: ['Chidi', 'Min'], 2024: ['John', 'Maria'], 2025: ['Anna', 'Lee', 'Linh']}
print(max(records, key=lambda r: (r[2], -r[3]))[:2], min(records, key=lambda r: r[2])[:2])
# expect: ('Garcia', 'Maria') ('Brown', 'Lee')
