for word in ["yes", "Y", "no", "maybe"]:
    match word:
        case "yes" | "y" | "Y":
            print(word, "-> true")
        case "no" | "n":
            print(word, "-> false")
        case _:
            print(word, "-> ?")
# expect: yes -> true
# expect: Y -> true
# expect: no -> false
# expect: maybe -> ?
