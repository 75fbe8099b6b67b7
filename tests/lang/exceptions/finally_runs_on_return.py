def f():
    try:
        return "from try"
    finally:
        print("finally runs")

print(f())
# expect: finally runs
# expect: from try
