# await outside a function is a SyntaxError in a script.
async def foo():
    return 1

print("not reached")
await foo()
