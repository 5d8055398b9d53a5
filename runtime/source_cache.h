// The text of every file compiled in this run, by filename, so tracebacks
// and syntax errors can show source lines.
#pragma once
#include <string>
#include <string_view>

namespace coil::rt {

void remember_source(const std::string& filename, std::string_view text);
// The line (1-based) without its newline, or "" if unknown.
std::string source_line(const std::string& filename, int line);

}  // namespace coil::rt
