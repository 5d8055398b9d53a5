# Process and system functions of coil's posix through CPython's os: ids,
# uname, times, cpu_count, urandom, strerror, the wait-status helpers,
# waitpid, kill with signal handlers, system, terminal size errors, and
# the module itself (posix in sys.builtin_module_names, os's export list).
import os
import posix
import signal
import sys

print("posix" in sys.builtin_module_names, "errno" in sys.builtin_module_names, os.name, posix.__name__)
print(all(name in dir(os) for name in dir(posix) if not name.startswith("_")))
print("_exit" in os.__all__, "stat" in os.__all__, "walk" in os.__all__, "environ" in os.__all__)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(type(os.getuid()).__name__, os.geteuid() == os.getuid(), os.getegid() == os.getgid(), type(os.getgroups()).__name__)
u = os.uname()
print(type(u).__name__, type(u).__module__, len(u), u.sysname, u[0] == u.sysname, all(isinstance(x, str) for x in u))
print(os.uname_result.__match_args__, os.uname_result(("a", "b", "c", "d", "e")))
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.user >= 0, t[4] == t.elapsed)
print(os.times_result((1.0, 2.0, 3.0, 4.0, 5.0)))
print(os.cpu_count() >= 1, len(os.urandom(32)), os.urandom(0), type(os.urandom(3)).__name__)
print(os.strerror(2), "|", os.strerror(13), "|", os.strerror(0))
print(len(os.getloadavg()), all(x >= 0 for x in os.getloadavg()))

# Wait statuses as the kernel packs them.
exited3, killed9, stopped19 = 3 << 8, 9, (19 << 8) | 0x7F
print(os.WIFEXITED(exited3), os.WEXITSTATUS(exited3), os.WIFSIGNALED(exited3), os.WIFSTOPPED(exited3))
print(os.WIFSIGNALED(killed9), os.WTERMSIG(killed9), os.WIFEXITED(killed9), os.WCOREDUMP(killed9 | 0x80))
print(os.WIFSTOPPED(stopped19), os.WSTOPSIG(stopped19), os.WIFCONTINUED(0xFFFF), os.WIFEXITED(status=0))
print(os.waitstatus_to_exitcode(exited3), os.waitstatus_to_exitcode(killed9), os.waitstatus_to_exitcode(0))
for bad in [stopped19, 0x7F]:
    try:
        os.waitstatus_to_exitcode(bad)
    except ValueError as e:
        print("ValueError:", e)
print(os.WNOHANG, os.WUNTRACED, os.WCONTINUED, os.EX_OK, os.EX_USAGE, os.EX_SOFTWARE)

# system() runs sh and gives the wait status.
print(os.system("exit 0"), os.system("exit 7") >> 8, os.waitstatus_to_exitcode(os.system("exit 9")))
print(os.waitstatus_to_exitcode(os.system("kill -TERM $$")))
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print("ChildProcessError:", e)

# Signals sent to ourselves are handled before kill returns.
got = []
old = signal.signal(signal.SIGUSR1, lambda signum, frame: got.append(signum))
os.kill(os.getpid(), signal.SIGUSR1)
print(got == [signal.SIGUSR1])
os.kill(os.getpid(), 0)
signal.signal(signal.SIGUSR1, old)

def boom(signum, frame):
    raise RuntimeError("handler raised")

signal.signal(signal.SIGUSR2, boom)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
except RuntimeError as e:
    print("RuntimeError:", e)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)

# A blocking read interrupted by a signal is resumed (PEP 475) unless the
# handler raises.
r, w = os.pipe()
hits = []
def on_alarm(signum, frame):
    hits.append(signum)
    if len(hits) == 1:
        os.write(w, b"written by the handler")
signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
print(os.read(r, 100), len(hits))
signal.signal(signal.SIGALRM, signal.SIG_DFL)
os.close(r)
os.close(w)

try:
    os.get_terminal_size(os.open(os.devnull, os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
try:
    os.register_at_fork()
except TypeError as e:
    print("TypeError:", e)
print(os.register_at_fork(before=lambda: None))

# fork, waitpid and exec: the fork hooks run in CPython's order.
order = []
os.register_at_fork(before=lambda: order.append("before 1"), after_in_parent=lambda: order.append("parent 1"),
                    after_in_child=lambda: order.append("child 1"))
os.register_at_fork(before=lambda: order.append("before 2"), after_in_parent=lambda: order.append("parent 2"),
                    after_in_child=lambda: order.append("child 2"))
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print("in the child:", order)
    sys.stdout.flush()
    os._exit(7)
done, status = os.waitpid(pid, 0)
print(done == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), order)
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b"sent by the child")
    os._exit(0)
os.close(w)
print(os.read(r, 100), os.read(r, 100), os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
os.close(r)
pid = os.fork()
if pid == 0:
    os.execve("/bin/sh", ["sh", "-c", 'exit "$CODE"'], {"CODE": "4"})
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print(os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit 2"]))
pid = os.fork()
if pid == 0:
    signal.pause()
    os._exit(0)
os.kill(pid, signal.SIGKILL)
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
