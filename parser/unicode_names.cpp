// The Unicode name table (layout: parser/gen_unicode_names.py) and the names
// CPython gives by rule. The table is decoded on demand: name_of() decodes
// at most one block of kRestart names; lookup() builds, once, an index of
// every stored name's hash.
#include "parser/unicode_names.h"

#include <algorithm>
#include <cstdio>

namespace coil::unicode_names {

namespace {

#include "parser/unicode_names.inc"

constexpr int kSymbols = sizeof(kAlphabet) - 1;
constexpr int kContinuers = kSymbols - kStoppers;
constexpr uint32_t kHangulBase = 0xAC00, kHangulCount = 11172;
constexpr int kVCount = 21, kTCount = 28;

// The value of each alphabet character (-1: not in the alphabet).
struct SymbolValues {
  int8_t v[128];
  constexpr SymbolValues() : v() {
    for (int i = 0; i < 128; ++i) v[i] = -1;
    for (int i = 0; i < kSymbols; ++i) v[static_cast<unsigned char>(kAlphabet[i])] = static_cast<int8_t>(i);
  }
};
constexpr SymbolValues kValues;

int sym(const char*& p) { return kValues.v[static_cast<unsigned char>(*p++) & 0x7F]; }

// The tokens, decoded from the front-coded kLexicon: token r is
// text[start[r], start[r + 1]).
struct Lexicon {
  std::string text;
  std::vector<uint32_t> start;
};

const Lexicon& lexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    l.start.reserve(kTokenCount + 1);
    std::string prev;
    for (const char* p = kLexicon; *p;) {
      size_t shared = static_cast<size_t>(sym(p));
      std::string word = prev.substr(0, shared);
      while (*p != '|') word += *p++;
      ++p;
      l.start.push_back(static_cast<uint32_t>(l.text.size()));
      l.text += word;
      prev = std::move(word);
    }
    l.start.push_back(static_cast<uint32_t>(l.text.size()));
    return l;
  }();
  return lex;
}

uint32_t read_token(const char*& p) {
  int a = sym(p);
  if (a < kStoppers) return static_cast<uint32_t>(a);
  int b = sym(p);
  if (b < kStoppers) return static_cast<uint32_t>(kStoppers + (a - kStoppers) * kStoppers + b);
  int c = sym(p);
  return static_cast<uint32_t>(kStoppers + kContinuers * kStoppers +
                               ((a - kStoppers) * kContinuers + (b - kStoppers)) * kStoppers + c);
}

// Decodes the name after `p` into toks (which holds the previous name's
// tokens), advancing p.
void read_name(const char*& p, std::vector<uint32_t>& toks) {
  int h = sym(p);
  int shared, fresh;
  if (h == kHeaderEscape) {
    shared = sym(p);
    fresh = sym(p);
  } else {
    shared = h / kHeaderN;
    fresh = h % kHeaderN;
  }
  toks.resize(static_cast<size_t>(shared));
  for (int i = 0; i < fresh; ++i) toks.push_back(read_token(p));
}

// Tokens carry their separator unless it is a single space.
std::string join(const std::vector<uint32_t>& toks) {
  const Lexicon& lex = lexicon();
  std::string out;
  for (size_t i = 0; i < toks.size(); ++i) {
    out.append(lex.text, lex.start[toks[i]], lex.start[toks[i] + 1] - lex.start[toks[i]]);
    if (i + 1 < toks.size() && out.back() != ' ' && out.back() != '-') out += ' ';
  }
  return out;
}

std::string stored_name(uint32_t ordinal) {
  const char* p = kNameData + kBlockOffsets[ordinal / kRestart];
  std::vector<uint32_t> toks;
  for (uint32_t i = ordinal - ordinal % kRestart; i <= ordinal; ++i) read_name(p, toks);
  return join(toks);
}

constexpr size_t kRunCount = sizeof(kRuns) / sizeof(kRuns[0]);

// The ordinal of c's stored name, or -1.
int64_t ordinal_of(uint32_t c) {
  auto it = std::upper_bound(kRuns, kRuns + kRunCount, c, [](uint32_t x, const uint32_t* r) { return x < r[0]; });
  if (it == kRuns) return -1;
  --it;
  uint32_t end = it + 1 < kRuns + kRunCount ? (*(it + 1))[1] : kNameCount;
  uint64_t ord = (*it)[1] + static_cast<uint64_t>(c - (*it)[0]);
  return ord < end ? static_cast<int64_t>(ord) : -1;
}

uint32_t code_of(uint32_t ordinal) {
  auto it = std::upper_bound(kRuns, kRuns + kRunCount, ordinal,
                             [](uint32_t x, const uint32_t* r) { return x < r[1]; });
  --it;
  return (*it)[0] + (ordinal - (*it)[1]);
}

uint64_t name_hash(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;  // FNV-1a
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

// (hash of the name, ordinal) for every stored name, sorted.
const std::vector<std::pair<uint64_t, uint32_t>>& hash_index() {
  static const std::vector<std::pair<uint64_t, uint32_t>> index = [] {
    std::vector<std::pair<uint64_t, uint32_t>> v;
    v.reserve(kNameCount);
    const char* p = kNameData;
    std::vector<uint32_t> toks;
    for (uint32_t i = 0; i < kNameCount; ++i) {
      read_name(p, toks);
      v.emplace_back(name_hash(join(toks)), i);
    }
    std::sort(v.begin(), v.end());
    return v;
  }();
  return index;
}

bool is_unified_ideograph(uint32_t c) {
  for (const auto& r : kCjkRanges)
    if (c >= r[0] && c <= r[1]) return true;
  return false;
}

// The jamo of a syllable's three parts (leading consonant, vowel, trailing
// consonant), as CPython's hangul_syllables table.
const char* const kJamoL[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                              "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
const char* const kJamoV[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                              "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
const char* const kJamoT[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
                              "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

// CPython's find_syllable: the longest jamo of the column that s starts with
// (case-sensitive; the empty one matches when no other does).
size_t find_jamo(std::string_view s, const char* const* jamo, int count, int* index) {
  int best = -1;
  *index = -1;
  for (int i = 0; i < count; ++i) {
    std::string_view j = jamo[i];
    if (static_cast<int>(j.size()) <= best) continue;
    if (s.substr(0, j.size()) == j) {
      best = static_cast<int>(j.size());
      *index = i;
    }
  }
  return best < 0 ? 0 : static_cast<size_t>(best);
}

}  // namespace

std::string name_of(uint32_t c) {
  if (c >= kHangulBase && c < kHangulBase + kHangulCount) {
    uint32_t s = c - kHangulBase;
    return std::string("HANGUL SYLLABLE ") + kJamoL[s / (kVCount * kTCount)] + kJamoV[(s % (kVCount * kTCount)) / kTCount] +
           kJamoT[s % kTCount];
  }
  if (is_unified_ideograph(c)) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "CJK UNIFIED IDEOGRAPH-%X", c);
    return buf;
  }
  // The aliases and named sequences are stored at pseudo code points in a
  // private use plane, where no character has a name.
  if (c >= kAliasBase && c < kNamedSeqBase + kNamedSeqCount) return "";
  int64_t ord = ordinal_of(c);
  return ord < 0 ? "" : stored_name(static_cast<uint32_t>(ord));
}

bool lookup(std::string_view name, bool sequences, std::vector<uint32_t>* out) {
  constexpr std::string_view kHangul = "HANGUL SYLLABLE ", kCjk = "CJK UNIFIED IDEOGRAPH-";
  if (name.substr(0, kHangul.size()) == kHangul) {
    std::string_view rest = name.substr(kHangul.size());
    int l, v, t;
    rest.remove_prefix(find_jamo(rest, kJamoL, 19, &l));
    rest.remove_prefix(find_jamo(rest, kJamoV, 21, &v));
    rest.remove_prefix(find_jamo(rest, kJamoT, 28, &t));
    if (l < 0 || v < 0 || t < 0 || !rest.empty()) return false;
    out->push_back(kHangulBase + static_cast<uint32_t>((l * kVCount + v) * kTCount + t));
    return true;
  }
  if (name.substr(0, kCjk.size()) == kCjk) {
    std::string_view hex = name.substr(kCjk.size());
    if (hex.size() != 4 && hex.size() != 5) return false;
    uint32_t c = 0;
    for (char d : hex) {
      if (d >= '0' && d <= '9') c = c * 16 + static_cast<uint32_t>(d - '0');
      else if (d >= 'A' && d <= 'F') c = c * 16 + static_cast<uint32_t>(d - 'A' + 10);
      else return false;
    }
    if (!is_unified_ideograph(c)) return false;
    out->push_back(c);
    return true;
  }
  std::string upper(name);
  for (char& ch : upper)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  const auto& index = hash_index();
  uint64_t h = name_hash(upper);
  auto it = std::lower_bound(index.begin(), index.end(), std::make_pair(h, uint32_t{0}));
  for (; it != index.end() && it->first == h; ++it) {
    if (stored_name(it->second) != upper) continue;
    uint32_t c = code_of(it->second);
    if (c >= kAliasBase && c < kAliasBase + kAliasCount) {
      out->push_back(kAliasTargets[c - kAliasBase]);
    } else if (c >= kNamedSeqBase && c < kNamedSeqBase + kNamedSeqCount) {
      if (!sequences) return false;
      for (uint32_t i = kNamedSeqOffsets[c - kNamedSeqBase]; i < kNamedSeqOffsets[c - kNamedSeqBase + 1]; ++i)
        out->push_back(kNamedSeqData[i]);
    } else {
      out->push_back(c);
    }
    return true;
  }
  return false;
}

}  // namespace coil::unicode_names
