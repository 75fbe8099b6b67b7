text = "a,b"
parts = (text
         .upper()
         .splitt(","))
