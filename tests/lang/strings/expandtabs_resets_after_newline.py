s = "ab\tc\nabcde\tf"
for line in s.expandtabs(4).splitlines():
    print(line.replace(" ", "_"))
# expect: ab__c
# expect: abcde___f
