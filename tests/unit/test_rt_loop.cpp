// Unit tests of the event loop core: timer order, cancelled timers, the
// virtual clock, and coroutine frame suspension through gen_resume.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/clock.h"
#include "runtime/dict.h"
#include "runtime/event_loop.h"
#include "runtime/exception.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/future.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/misc.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "stdlib/modules.h"

using namespace coil::rt;

namespace {

std::vector<std::string> g_log;

// A native callback that records its first argument.
Value record(Args& a) {
  g_log.push_back(a.n ? str(a.v[0]) : "<none>");
  return make_none();
}

Value recorder() {
  static Value fn;
  if (fn.is_undef()) {
    fn = make_obj(new_native("record", record));
    heap().permanent_values.push_back(&fn);
  }
  return fn;
}

class LoopTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // The asyncio types are created with the _asyncio module.
    make_builtin_module("_asyncio");
    clock_set_virtual(true);
    g_log.clear();
    loop = new_event_loop();
    static Object* slot = nullptr;  // outlives every fixture: a GC root
    static bool rooted = false;
    if (!rooted) {
      heap().permanent_objects.push_back(&slot);
      rooted = true;
    }
    slot = loop;
  }
  void TearDown() override { clock_set_virtual(false); }
  EventLoop* loop = nullptr;
};

TEST_F(LoopTest, TimersWithEqualDeadlinesRunInSchedulingOrder) {
  double t = loop->time() + 1.0;
  for (const char* name : {"a", "b", "c", "d"}) loop->call_at(t, recorder(), {str_value(name)});
  loop->call_at(t - 0.5, recorder(), {str_value("early")});
  while (g_log.size() < 5) loop->run_once();
  EXPECT_EQ(g_log, (std::vector<std::string>{"early", "a", "b", "c", "d"}));
}

TEST_F(LoopTest, CancelledTimerNeverRuns) {
  double t = loop->time() + 0.25;
  TimerHandle* keep = loop->call_at(t, recorder(), {str_value("kept")});
  TimerHandle* drop = loop->call_at(t - 0.1, recorder(), {str_value("dropped")});
  drop->cancelled = true;
  (void)keep;
  loop->run_once();
  EXPECT_EQ(g_log, (std::vector<std::string>{"kept"}));
  EXPECT_TRUE(loop->timers.empty());
}

TEST_F(LoopTest, VirtualClockJumpsToNextDeadline) {
  double start = loop->time();
  loop->call_at(start + 3600.0, recorder(), {str_value("hour")});
  loop->run_once();
  EXPECT_EQ(g_log, (std::vector<std::string>{"hour"}));
  EXPECT_NEAR(loop->time() - start, 3600.0, 1e-6);
}

TEST_F(LoopTest, ReadyCallbacksAddedDuringAnIterationWaitForTheNext) {
  // A callback scheduled while the loop runs goes after the current batch.
  Future* f = new_future(loop);
  static Object* slot = nullptr;  // a root that outlives the test
  if (!slot) heap().permanent_objects.push_back(&slot);
  slot = f;
  f->add_callback({ReadyKind::FutureCallback, nullptr, recorder()});
  loop->call_at(loop->time(), recorder(), {str_value("timer")});
  f->set_result(make_int(1));  // schedules the callback now
  loop->run_once();
  ASSERT_EQ(g_log.size(), 2u);
  EXPECT_EQ(g_log[0].rfind("<Future finished", 0), 0u);
  EXPECT_EQ(g_log[1], "timer");
}

TEST_F(LoopTest, IdleLoopWithNothingScheduledIsAnErrorNotAHang) {
  EXPECT_THROW(loop->run_once(), PyError);
}

Value run_source_get(const std::string& src, const char* name) {
  Dict* g = new_dict();
  Rooted root(make_obj(g));
  g->set_str(intern("__name__"), str_value("__test__"));
  run_code(compile_source(src, "<loop-test>"), g);
  return g->get_str(intern(name));
}

TEST(CoroutineFrames, SuspendAndResumeKeepsLocals) {
  // A coroutine driven by hand: each yield suspends its embedded frame.
  Value g = run_source_get(
      "class Tick:\n"
      "    def __await__(self):\n"
      "        x = yield 'tick'\n"
      "        return x\n"
      "async def co(n):\n"
      "    total = 0\n"
      "    for i in range(n):\n"
      "        total += await Tick()\n"
      "    return total\n"
      "c = co(3)\n",
      "c");
  Rooted root(g);
  Generator* gen = as<Generator>(g);
  bool returned = false;
  Value y = gen_resume(gen, make_none(), Value(), &returned);
  EXPECT_FALSE(returned);
  EXPECT_EQ(str(y), "tick");
  EXPECT_EQ(gen->state, GenState::Suspended);
  heap().collect();  // the suspended frame keeps its locals alive
  gen_resume(gen, make_int(10), Value(), &returned);
  gen_resume(gen, make_int(20), Value(), &returned);
  Value r = gen_resume(gen, make_int(30), Value(), &returned);
  EXPECT_TRUE(returned);
  EXPECT_EQ(r.as_int(), 60);
  EXPECT_EQ(gen->state, GenState::Done);
  EXPECT_EQ(vm().frame, nullptr);
  EXPECT_EQ(vm().depth, 0);
}

TEST(CoroutineFrames, ThrowReachesTheInnermostAwait) {
  Value g = run_source_get(
      "class Tick:\n"
      "    def __await__(self):\n"
      "        yield 'tick'\n"
      "async def inner():\n"
      "    try:\n"
      "        await Tick()\n"
      "    except ValueError:\n"
      "        return 'inner caught'\n"
      "async def outer():\n"
      "    return await inner()\n"
      "c = outer()\n",
      "c");
  Rooted root(g);
  Generator* gen = as<Generator>(g);
  bool returned = false;
  gen_resume(gen, make_none(), Value(), &returned);
  Value exc = make_obj(new_exception(exc_types().ValueError, "boom"));
  Rooted eroot(exc);
  Value r = gen_resume(gen, make_none(), exc, &returned);
  EXPECT_TRUE(returned);
  EXPECT_EQ(str(r), "inner caught");
}

}  // namespace
