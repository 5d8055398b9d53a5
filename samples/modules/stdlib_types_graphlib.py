# CPython's types, graphlib, keyword, copyreg and colorsys modules: every
# type that types names is the type of the object it describes; new_class,
# SimpleNamespace, MappingProxyType, DynamicClassAttribute; a topological
# sort; keyword lists; colour conversions.
import types, graphlib, keyword, copyreg, colorsys, sys


def f(): pass
async def c(): pass
def g(): yield 1
async def ag(): yield 1


print(type(f) is types.FunctionType, type(lambda: 0) is types.LambdaType, type(f.__code__) is types.CodeType)
coro = c()
print(type(coro) is types.CoroutineType, type(g()) is types.GeneratorType, type(ag()) is types.AsyncGeneratorType)
coro.close()
print(types.MethodType, types.BuiltinFunctionType, types.ModuleType, type(sys) is types.ModuleType)
print(types.GetSetDescriptorType, types.MemberDescriptorType, types.MappingProxyType, types.CellType)
print(types.NoneType, types.NotImplementedType, types.EllipsisType, types.GenericAlias, types.UnionType)
print(type(f.__code__).__name__, types.FrameType.__name__, types.TracebackType.__name__)
ns = types.SimpleNamespace(a=1, b=2)
ns.c = 3
print(ns, ns == types.SimpleNamespace(a=1, b=2, c=3))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)


C = types.new_class("C", (object,), {"metaclass": Meta}, lambda ns: ns.update(x=1))
print(C, C.x, C.made_by, type(C).__name__)
print(types.resolve_bases((int, list[int])), types.prepare_class("D", (), {"metaclass": Meta})[0])
m = types.MethodType(lambda self: self, 5)
print(m())


@types.coroutine
def legacy():
    yield "tick"
    return "legacy done"


async def modern():
    return await legacy()


co = modern()
print(co.send(None))
try:
    co.send(None)
except StopIteration as e:
    print("StopIteration:", e.value)
print(g.__code__.replace(co_name="renamed").co_name, g.__code__.co_name)
ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
order = list(ts.static_order())
print(order[0], order[-1], sorted(order[1:3]))
ts2 = graphlib.TopologicalSorter()
ts2.add(1, 2)
ts2.add(2, 1)
try:
    ts2.prepare()
except graphlib.CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1][:2]))
print(keyword.iskeyword("async"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print(copyreg.__newobj__.__name__, complex in copyreg.dispatch_table, copyreg._reconstructor.__name__)
print([round(x, 3) for x in colorsys.rgb_to_hsv(0.2, 0.4, 0.4)], [round(x, 3) for x in colorsys.hls_to_rgb(0.5, 0.5, 0.5)])
