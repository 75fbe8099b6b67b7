for i in range(5):
    try:
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
# expect: body 0
# expect: finally 0
# expect: body 1
# expect: finally 1
# expect: finally 2
print("after loop")  # expect: after loop
