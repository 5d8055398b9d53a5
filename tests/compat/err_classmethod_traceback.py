class Parser:
    @classmethod
    def from_text(cls, text):
        return cls(int(text))
    def __init__(self, n):
        self.n = n
Parser.from_text('12')
Parser.from_text('twelve')
