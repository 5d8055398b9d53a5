#!/usr/bin/env python3
"""Writes parser/unicode_names.inc: the Unicode character names behind
"\\N{...}" escapes and the unicodedata module, exactly as CPython 3.11 knows
them (Unicode 14.0). Names are read from CPython's own unicodedata; the name
aliases and named sequences, which unicodedata cannot list, are read from
Debian's unicode-data package (NameAliases.txt, NamedSequences.txt) and kept
only where CPython's unicodedata.lookup() agrees, so a newer Unicode version
there adds nothing. Run with CPython 3.11 when the table must change:

    apt-get install unicode-data
    python3 parser/gen_unicode_names.py > parser/unicode_names.inc

Hangul syllables and CJK unified ideographs are named by rule
(parser/unicode_names.cpp), not stored.

Layout. Every stored name (characters in code point order, then the aliases
at pseudo code points kAliasBase + i, then the named sequences at
kNamedSeqBase + i, as CPython numbers them) is a list of tokens: a word with
the separator that follows it when that is not a single space ("IDEOGRAPH-",
"TSA -"). A name is encoded as the number of leading tokens it shares with the
previous name and its remaining tokens; every kRestart-th name shares nothing,
so decoding can start there (kBlockOffsets). Tokens are numbered by
frequency and written in a dense code over kAlphabet (printable ASCII that
needs no escape in a string literal): a value below kStoppers is a last
symbol, the others continue. The lexicon lists the tokens of each code-length
tier sorted, each as [shared-prefix symbol][rest]|.
"""
import collections
import re
import sys
import unicodedata

UNICODE_DIR = "/usr/share/unicode"
RESTART = 32
ALIAS_BASE = 0xF0000
NAMED_SEQ_BASE = 0xF0200
# Printable ASCII without '"', '\\' and '?' (no escapes, no trigraph warnings).
ALPHABET = "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) not in '"\\?')
NSYM = len(ALPHABET)
STOPPERS = 60
CONT = NSYM - STOPPERS
# Header symbol: shared*HEADER_N + new when both are small, else the escape
# symbol followed by shared and new as single symbols.
HEADER_N = 11
HEADER_ESCAPE = 8 * HEADER_N

TOKEN_RE = re.compile(r"[^ -]+[ -]*")


def tokens(name):
    out = []
    for t in TOKEN_RE.findall(name):
        # A single trailing space is implied (see join in unicode_names.cpp).
        if t.endswith(" ") and not t.endswith("- ") and not t.endswith("  "):
            t = t[:-1]
        out.append(t)
    return out


def join(toks):
    out = ""
    for i, t in enumerate(toks):
        out += t
        if i + 1 < len(toks) and t[-1] not in " -":
            out += " "
    return out


def read_ucd(fname):
    rows = []
    with open("%s/%s" % (UNICODE_DIR, fname)) as f:
        for line in f:
            line = line.split("#")[0].strip()
            if line:
                rows.append([x.strip() for x in line.split(";")])
    return rows


def code_tier(rank):
    if rank < STOPPERS:
        return 0
    if rank < STOPPERS + CONT * STOPPERS:
        return 1
    return 2


def encode_token(rank):
    if rank < STOPPERS:
        return [rank]
    rank -= STOPPERS
    if rank < CONT * STOPPERS:
        return [STOPPERS + rank // STOPPERS, rank % STOPPERS]
    rank -= CONT * STOPPERS
    assert rank < CONT * CONT * STOPPERS
    return [STOPPERS + rank // (STOPPERS * CONT), STOPPERS + (rank // STOPPERS) % CONT, rank % STOPPERS]


def literal_lines(symbols_text, width=100):
    return ['    "%s"' % symbols_text[i:i + width] for i in range(0, len(symbols_text), width)] or ['    ""']


def rows(items, per_row, fmt=str):
    out = []
    for i in range(0, len(items), per_row):
        out.append("    " + ", ".join(fmt(x) for x in items[i:i + per_row]) + ",")
    return out


def main():
    entries = []  # (pseudo) code point, name
    cjk = []
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), None)
        if n is None:
            continue
        assert re.fullmatch(r"[A-Z0-9 -]+", n), n
        if n.startswith("CJK UNIFIED IDEOGRAPH-"):
            cjk.append(cp)
            continue
        if n.startswith("HANGUL SYLLABLE "):
            assert 0xAC00 <= cp < 0xAC00 + 11172
            continue
        assert cp < ALIAS_BASE or cp > 0xFFFFF  # the pseudo code points are free
        entries.append((cp, n))
    aliases = []
    for cp, name, _kind in read_ucd("NameAliases.txt"):
        try:
            if unicodedata.lookup(name) == chr(int(cp, 16)):
                aliases.append((name, int(cp, 16)))
        except KeyError:
            pass  # newer than CPython's Unicode version
    sequences = []
    for name, cps in read_ucd("NamedSequences.txt"):
        seq = [int(x, 16) for x in cps.split()]
        try:
            if unicodedata.lookup(name) == "".join(map(chr, seq)):
                sequences.append((name, seq))
        except KeyError:
            pass
    assert len(aliases) < NAMED_SEQ_BASE - ALIAS_BASE
    entries += [(ALIAS_BASE + i, n) for i, (n, _) in enumerate(aliases)]
    entries += [(NAMED_SEQ_BASE + i, n) for i, (n, _) in enumerate(sequences)]

    # Front coding against the previous name, then token frequencies.
    toks = [tokens(n) for _, n in entries]
    assert all(join(t) == n for t, (_, n) in zip(toks, entries))
    plan = []
    freq = collections.Counter()
    prev = []
    for i, t in enumerate(toks):
        k = 0
        if i % RESTART:
            while k < min(len(t), len(prev)) and t[k] == prev[k]:
                k += 1
        plan.append((k, t[k:]))
        freq.update(t[k:])
        prev = t
    by_freq = [w for w, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))]
    tiers = [[], [], []]
    for r, w in enumerate(by_freq):
        tiers[code_tier(r)].append(w)
    lexicon = []  # token rank -> token
    for tier in tiers:
        lexicon += sorted(tier)
    rank = {w: r for r, w in enumerate(lexicon)}

    lex_text = []
    for tier in tiers:
        prev = ""
        for w in sorted(tier):
            k = 0
            while k < min(len(w), len(prev), NSYM - 1) and w[k] == prev[k]:
                k += 1
            lex_text.append(ALPHABET[k] + w[k:] + "|")
            prev = w
    lex_text = "".join(lex_text)

    data = []
    offsets = []
    for i, (k, rest) in enumerate(plan):
        if i % RESTART == 0:
            offsets.append(len(data))
        if k < 8 and len(rest) < HEADER_N:
            data.append(k * HEADER_N + len(rest))
        else:
            assert k < NSYM and len(rest) < NSYM
            data += [HEADER_ESCAPE, k, len(rest)]
        for w in rest:
            data += encode_token(rank[w])
    data_text = "".join(ALPHABET[s] for s in data)

    runs = []  # [first code point, first ordinal]
    for i, (cp, _) in enumerate(entries):
        if not runs or cp != entries[i - 1][0] + 1:
            runs.append((cp, i))
    cjk_ranges = []
    for cp in cjk:
        if cjk_ranges and cjk_ranges[-1][1] == cp - 1:
            cjk_ranges[-1][1] = cp
        else:
            cjk_ranges.append([cp, cp])
    seq_offsets, seq_data = [], []
    for _, seq in sequences:
        seq_offsets.append(len(seq_data))
        seq_data += seq
    seq_offsets.append(len(seq_data))

    out = ["// Generated by parser/gen_unicode_names.py from CPython %s's unicodedata (Unicode %s)."
           " Do not edit." % (sys.version.split()[0], unicodedata.unidata_version)]
    out.append('constexpr char kAlphabet[] = "%s";' % ALPHABET)
    out.append("constexpr int kStoppers = %d;" % STOPPERS)
    out.append("constexpr int kHeaderN = %d, kHeaderEscape = %d;" % (HEADER_N, HEADER_ESCAPE))
    out.append("constexpr int kRestart = %d;" % RESTART)
    out.append("constexpr uint32_t kAliasBase = 0x%X, kNamedSeqBase = 0x%X;" % (ALIAS_BASE, NAMED_SEQ_BASE))
    out.append("constexpr uint32_t kAliasCount = %d, kNamedSeqCount = %d;" % (len(aliases), len(sequences)))
    out.append("constexpr uint32_t kNameCount = %d;" % len(entries))
    out.append("constexpr uint32_t kTokenCount = %d;" % len(lexicon))
    out.append("// Unified ideographs, named CJK UNIFIED IDEOGRAPH-XXXX by rule.")
    out.append("constexpr uint32_t kCjkRanges[][2] = {")
    out += rows(cjk_ranges, 4, lambda r: "{0x%X, 0x%X}" % tuple(r))
    out.append("};")
    out.append("// Runs of consecutive code points: {first code point, ordinal of its name}.")
    out.append("constexpr uint32_t kRuns[][2] = {")
    out += rows(runs, 6, lambda r: "{0x%X, %d}" % r)
    out.append("};")
    out.append("// Offset in kNameData of every kRestart-th name.")
    out.append("constexpr uint32_t kBlockOffsets[] = {")
    out += rows(offsets, 12)
    out.append("};")
    out.append("// What each alias names.")
    out.append("constexpr uint32_t kAliasTargets[] = {")
    out += rows([cp for _, cp in aliases], 10, lambda x: "0x%X" % x)
    out.append("};")
    out.append("// The code points of named sequence i: kNamedSeqData[kNamedSeqOffsets[i] .. [i + 1]).")
    out.append("constexpr uint16_t kNamedSeqOffsets[] = {")
    out += rows(seq_offsets, 16)
    out.append("};")
    out.append("constexpr uint32_t kNamedSeqData[] = {")
    out += rows(seq_data, 10, lambda x: "0x%X" % x)
    out.append("};")
    out.append("constexpr char kLexicon[] =")
    out += literal_lines(lex_text)
    out[-1] += ";"
    out.append("constexpr char kNameData[] =")
    out += literal_lines(data_text)
    out[-1] += ";"
    print("\n".join(out))


if __name__ == "__main__":
    main()
