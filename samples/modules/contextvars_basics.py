# contextvars: variables with a value per context; set() returns a token
# that reset() undoes; copy_context() snapshots the current values and
# Context.run() runs a function in a context.
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")

print(request_id.get(), request_id.name, user.get("anonymous"))
try:
    user.get()
except LookupError as e:
    print("LookupError:", type(e.args[0]).__name__)

token = request_id.set("r-1")
print(request_id.get(), token.var is request_id, token.old_value is contextvars.Token.MISSING)
snapshot = contextvars.copy_context()
request_id.set("r-2")
print(request_id.get(), snapshot[request_id], request_id in snapshot, user in snapshot, len(snapshot))


def handler(name):
    user.set(name)
    return request_id.get(), user.get()


print(snapshot.run(handler, "ann"), user.get("nobody"), snapshot[user])
request_id.reset(token)
print(request_id.get())
try:
    request_id.reset(token)
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" var=")[0] + " ...")
other = contextvars.ContextVar("other")
try:
    other.reset(user.set("x"))
except ValueError as e:
    print("ValueError:", str(e).endswith("was created by a different ContextVar"))
ctx = contextvars.Context()
print(len(ctx), list(ctx.items()), ctx.get(user, "dflt"))


def nested():
    ctx.run(lambda: None)


try:
    ctx.run(nested)
except RuntimeError as e:
    print("RuntimeError:", str(e).startswith("cannot enter context"))
print(sorted(k.name for k in contextvars.copy_context().keys()))
print(contextvars.ContextVar[int], type(snapshot).__name__)
try:
    contextvars.ContextVar(5)
except TypeError as e:
    print("TypeError:", e)
