class Dog:
    def speak(self):
        return "woof"


Dog().speek()  # expect runtime error: AttributeError: 'Dog' object has no attribute 'speek'. Did you mean: 'speak'?
