# A user module imported by the samples in this folder (not a sample itself).
print("loading _helpers as", __name__)

GREETING = "hello"


async def fetch(n):
    return n * 2


def shout(text):
    return text.upper() + "!"


if __name__ == "__main__":
    print("never printed on import")
