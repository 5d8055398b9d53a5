// The asyncio module (event loop bindings): see issue 3. Until then, a clear
// error instead of a missing module.
#include "runtime/exception.h"
#include "runtime/misc.h"
#include "stdlib/modules.h"

namespace coil::rt {

Module* init_asyncio_module() {
  raise(exc_types().NotImplementedError, "asyncio is not implemented yet");
}

}  // namespace coil::rt
