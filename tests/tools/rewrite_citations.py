#!/usr/bin/env python3
"""Rewrites old-style domain citations into the one form the repository uses: (notes N29).

The code used to cite rows, rules and sections of an external domain document ("DOMAIN rows
29-32", "row 40: 60-140 um", "rule 6", "(rules 11-17)", "DOMAIN section 5, rows 57-58"). Our own
domain notes, src/core/README.md, number their entries after that document: N1..N73 are its
master-table rows, R1..R22 its scoring rules, N100 and up stand for its sections, split by topic.
This script turns every old citation in src/, tests/ and README.md into "(notes ...)" form.

Run it from the repository root:  python3 tests/tools/rewrite_citations.py [--dry-run]

It edits files in place, prints every change (file:line, old -> new), re-wraps comment and prose
lines that a rewrite pushed past 100 columns, and finally lists every old-style hit it could not
rewrite (file:line). Exit status: 0 when none remain, 1 otherwise. It is deterministic and
idempotent: a second run changes nothing.

It is made to run again on a tree where code has moved between files: everything is matched on
the citation text and the words around it, never on line numbers alone. The few overrides below
(sentences the generic rules would garble) are keyed on their text; the file and line given with
each is only a hint, and finding the text elsewhere (or not at all) is reported, not an error.
"""
from __future__ import annotations

import argparse
import os
import re
import sys

LIMIT = 100  # clang-format ColumnLimit
ROOTS = ["src", "tests", "README.md"]
# The notes themselves explain the numbering; this script and the test that checks citations
# necessarily spell the old forms.
SKIP = {"src/core/README.md", "tests/tools/rewrite_citations.py", "tests/cli/citations_test.cpp"}
TEXT_EXT = {".cpp", ".hpp", ".h", ".cc", ".md", ".txt", ".py", ".sh", ".cmake", ".json"}
CODE_EXT = {".cpp", ".hpp", ".h", ".cc"}

# --- Section citations: which note(s) a section stands for, chosen by the words around it.
# Each entry: (regex, case-insensitive, tried on the words right after the citation, then on its
# sentence; notes). The first rule that matches the words right after wins; otherwise the first
# rule matching the sentence (for sections in SECTION_UNION: every rule matching it); otherwise
# the section's default (the whole run of its notes) is used, and reported.
SECTION_TOPICS = {
    "2": [
        (r"dots?/s|dots per s|pace|cadence|impressions? per", ["N103"]),
        (r"depth|papillary|0\.1-0\.5|target band|target layer", ["N102"]),
        (r"needle|cluster|touching|circle of", ["N101"]),
        (r"dot size|healed diameter|macro-dot", ["N100"]),
    ],
    "4": [
        (r"older|conservative", ["N115"]),
    ],
    "5": [
        (r"estimate|bald areas?\b|area grows", ["N121"]),
        (r"boundar", ["N125"]),
        (r"Ludwig|Savin|Olsen|female", ["N122"]),
        (r"areata|ophiasis", ["N123"]),
        (r"diffuse", ["N124"]),
        (r"Norwood", ["N120"]),
    ],
    "6": [
        (r"design choice|overwork|\bcap\b", ["N132"]),
        (r"tissue|take-up|retention", ["N131"]),
        (r"FUT|FUE|strip|scars?\b|geometry", ["N130"]),
    ],
    "3": [
        (r"spacing|k/|triangular", ["N38"]),
        (r"arrangement|spatial|hard-core|blue.noise|Poisson|inhibition", ["N39"]),
        (r"densit", ["N29-N35"]),
    ],
    "7": [],
    "8": [
        (r"rubric|AOBC|qualification|overwork", ["N132"]),
    ],
    "9": [
        (r"calibrat", ["N155"]),
        (r"quadrat|cells? of|aliasing", ["N152"]),
        (r"Poisson-disk|Bridson|blue.noise|\bS55\b", ["N153"]),
        (r"Clark-Evans|Donnelly", ["N150"]),
        (r"hexagonal|d_hex", ["N153"]),
        (r"NN-CV|nearest-neighbour CV", ["N151"]),
        (r"bond|orientational|psi", ["N154"]),
    ],
}
SECTION_UNION = {"9"}  # a sentence naming several of its topics cites each; else the first wins
SECTION_DEFAULT = {
    "2": "N100-N103",
    "3": "N29-N40",
    "4": "N110-N115",
    "4.6": "N115",
    "5": "N120-N125",
    "6": "N130-N132",
    "7": "N140",
    "8": "N72",
    "9": "N150-N155",
    "10": "R1-R22",
}
MAX_ROW, MAX_RULE = 73, 22

# --- Phrases that name the old document without citing a row (replaced as they stand).
PHRASES = [
    (r"defaults cite DOMAIN\.md rows\.", "defaults cite src/core/README.md."),
    (r"; defaults cite DOMAIN\.md \(", "; sources of the defaults ("),
    (r"defaults cite DOMAIN\.md\.", "defaults cite src/core/README.md."),
    (r"unless a DOMAIN\.md row is cited", "unless a domain note is cited"),
    (r"with its DOMAIN\.md row in", "with its domain note (src/core/README.md) in"),
    (r"\(not in DOMAIN\.md; grade D\)", "(not in the notes; grade D)"),
    (r"Wider than DOMAIN's typical values", "Wider than the typical values of the domain notes"),
    (r"with their DOMAIN rows", "with their domain notes"),
]

# --- Overrides: sentences the generic rules below would garble, keyed on their text. `old` is
# matched with any run of spaces standing for any whitespace, including a line break inside a
# // comment. `at` is where the text was when this table was written (a hint only).
OVERRIDES = [
    dict(at="src/core/client.hpp:13",
         old="// DOMAIN row 72. Any of these present means the right decision is to decline "
             "(rule 21).",
         new="// Contraindications (notes N72): any of these means the right decision is to "
             "decline (notes R21)."),
    dict(at="src/core/scalp/scalp_params.hpp:32",
         old="lands in the section-5 estimates (N3 40-70, N4 60-100, N5 100-140, N6 140-200 "
             "cm^2; grade D).",
         new="lands in the bald-area estimates (N3 40-70, N4 60-100, N5 100-140, N6 140-200 "
             "cm^2; grade D) (notes N121)."),
    dict(at="src/core/scalp/scalp_params.hpp:40",
         old="// row 34 (also ~50 beside the ears, row 31)",
         new="// (notes N34); about 50 beside the ears (notes N31)"),
    dict(at="src/core/scalp/scalp_params.hpp:44",
         old="further in (row 42; rows 43: core denser than hairline).",
         new="further in (notes N42); the core is denser than the hairline (notes N43)."),
    dict(at="src/core/scalp/scalp_params.hpp:90",
         old="// row 53 (6.4 cm female forehead), row 47",
         new="// 6.4 cm female forehead (notes N53, N47)"),
    dict(at="src/core/healing/healing_params.hpp:15",
         old="(rule 2; rows 12-16: epidermis ~0.1 mm, papillary dermis ~0.1-0.5 mm).",
         new="(epidermis ~0.1 mm, papillary dermis ~0.1-0.5 mm) (notes R2, N12-N16, N102)."),
    dict(at="src/core/healing/healing_params.hpp:21",
         old="(rule 2: shallow p_keep ~0.3-0.6, target 0.9-0.97; rule 3; row 17).",
         new="(shallow p_keep ~0.3-0.6, target 0.9-0.97) (notes R2, R3, N17)."),
    dict(at="src/core/scoring/scar_coverage/scar_params.hpp:21",
         old="// --- Blended border (rule 19, same idea as rule 13 with a 3-10 mm ramp).",
         new="// --- Blended border (notes R19): the hairline's ramp test (notes R13) with a "
             "3-10 mm ramp."),
    dict(at="src/core/scoring/hairline_naturalness/hairline_naturalness.cpp:39",
         old="// profile -10..45, rule 17 -2..80",
         new="// profile -10..45, TZ dots -2..80 (notes R17)"),
    dict(at="src/core/scoring/hairline_naturalness/hairline_naturalness.cpp:162",
         old="// --- Rule 12: temple angles open (probe the recess in front of each FTA).",
         new="// --- Temple angles open (notes R12): probe the recess in front of each FTA."),
    dict(at="src/core/scoring/hairline_naturalness/hairline_naturalness.cpp:256",
         old="// --- Rules 14-16: the edge line's shape (hairline_contour.cpp).",
         new="// --- The edge line's shape, scored in hairline_contour.cpp (notes R14-R16)."),
    dict(at="src/core/scoring/hairline_naturalness/hairline_internal.hpp:34",
         old="// Rules 14-16, the shape of the edge line (NaN where not measurable).",
         new="// The shape of the edge line (notes R14-R16); NaN where not measurable."),
    dict(at="src/core/scoring/hairline_naturalness/hairline_params.hpp:9",
         old="// --- Measuring the leading edge (rule 13: the edge is where density reaches ~30% "
             "of core).",
         new="// --- Measuring the leading edge: where density reaches ~30% of core (notes R13)."),
    dict(at="src/core/scoring/density_uniformity/uniformity_params.hpp:21",
         old="quadrat CV (rule 7; section 9 calibration table).",
         new="quadrat CV (notes R7), against the calibration table (notes N155)."),
    dict(at="src/core/scoring/score.hpp:16",
         old="the defaults of rule 22 when the level is silent",
         new="the default weights (notes R22) when the level is silent"),
    dict(at="src/io/level_io_check.cpp:22",
         old="// row 20: 2-4 (1 for practice patches)",
         new="// 2-4 sessions (notes N20); 1 for practice patches"),
    dict(at="README.md:200",
         old="when a level is silent, DOMAIN rule 22 applies:",
         new="when a level is silent, the default weighting applies (notes R22):"),
    dict(at="README.md:562",
         old="The pack follows DOMAIN rule 22 (density+uniformity 50%, hairline 25-30%, "
             "colour/depth 15-20%, scar 10-35% on scar levels).",
         new="The pack follows the weighting rule (notes R22): density+uniformity 50%, "
             "hairline 25-30%, colour/depth 15-20%, scar 10-35% on scar levels."),
    dict(at="README.md:710",
         old="(DOMAIN row 29 says about 500)",
         new="(a real scalp is about 500 (notes N29))"),
    dict(at="README.md:804",
         old="It falls in the DOMAIN section-5 bands:",
         new="It falls in the estimated bands (notes N121):"),
    dict(at="tests/core/scalp/norwood_test.cpp:37",
         old='TEST_CASE("Norwood bald areas fall in the section-5 estimates")',
         new='TEST_CASE("Norwood bald areas fall in the estimated bands (notes N121)")'),
    # Trailing comments that would otherwise need a continuation line.
    dict(at="src/core/healing/healing_params.hpp:42",
         old="// darkness lost per year; touch-ups every 2-6 y (row 28, D)",
         new="// darkness lost a year (D); touch-ups every 2-6 y (notes N28)"),
    dict(at="src/core/healing/healing_params.hpp:43",
         old="// row 27/67: scar tissue faded ~1.8x as much (1.6 vs 0.9)",
         new="// scars faded ~1.8x as much: 1.6 vs 0.9 (notes N27, N67)"),
    dict(at="src/core/scalp/chart.hpp:20",
         old="// Park 2014: 6.25 cm behind bimeatal line (row 58)",
         new="// Park 2014: 6.25 cm behind ear canals (notes N58)"),
    dict(at="src/core/scalp/scalp_params.hpp:28",
         old="// top of the back fringe (row 58: whorl ~2.4 cm above it)",
         new="// back fringe top, ~2.4 cm below the whorl (notes N58)"),
    dict(at="src/render/render_params.hpp:57",
         old="// Tyndall: a deep deposit looks blue-grey (row 18)",
         new="// Tyndall: deep ink looks blue-grey (notes N18)"),
    dict(at="src/render/render_params.hpp:73",
         old="// the haze drifts toward blue-grey (row 18, seen deeper)",
         new="// the haze drifts toward blue-grey, seen deeper (notes N18)"),
]

# --- The citation grammar.
WS = r"(?:[ \t]+|[ \t]*\n[ \t]*(?://+[ \t]*)?)"  # spaces, or a line break (inside a // comment)
KW = r"(?:[Rr]ows?|[Rr]ules?|[Ss]ections?)"
NUM = r"\d+(?:\.\d+)?"
RNG = rf"{NUM}(?:[-\u2013]{NUM})?"
NUMLIST = rf"{RNG}(?:(?:,{WS}|{WS}and{WS}|/){RNG})*"
ITEM = rf"{KW}(?:{WS}|-){NUMLIST}(?![\w.-]*\d)"
DOM = r"DOMAIN(?:\.md)?(?:'s)?"
ITEMSEP = rf"(?:,{WS}|;{WS}|{WS}/{WS}|{WS}and{WS})"
SPAN_RE = re.compile(
    rf"(?<![\w-])(?:{DOM}{WS})?{ITEM}(?:{ITEMSEP}(?:(?:{DOM}{WS})?{ITEM}|S\d+\b))*")
ITEM_RE = re.compile(rf"({KW})(?:{WS}|-)({NUMLIST})")
SID_RE = re.compile(r"(?<![\w-])S\d+\b")
RANGE_RE = re.compile(rf"({NUM})(?:[-\u2013]({NUM}))?")
# What still looks like an old citation after the rewrite.
LEFTOVER_RE = re.compile(r"DOMAIN|(?<![\w-])(?:[Rr]ows?|[Rr]ules?|[Ss]ections?)[ -]\d+")
CITATION_RE = re.compile(r"\(notes [^()]*\)")


class Unresolved(Exception):
    pass


def flex(text: str) -> re.Pattern:
    """A pattern for `text` where each space may be any whitespace, including a comment break."""
    return re.compile(WS.join(re.escape(p) for p in text.split(" ")))


def plain(text: str) -> str:
    """Text without comment markers or line breaks, for reading the words around a citation."""
    return re.sub(r"\s*\n\s*(?://+\s*)?", " ", text)


def line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def block_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    """The text a citation belongs to: its own-line // comment block, its trailing comment's line,
    or its markdown paragraph (a table row stands alone)."""
    def line_at(pos: int) -> tuple[int, int]:
        lo = text.rfind("\n", 0, pos) + 1
        hi = text.find("\n", pos)
        return lo, (len(text) if hi < 0 else hi)

    def kind(lo: int, hi: int) -> str:
        line = text[lo:hi]
        if not line.strip():
            return "blank"
        if line.lstrip().startswith("//"):
            return "comment"
        if line.lstrip().startswith(("|", "#", "```")) or "//" in line or ";" in line[-2:]:
            return "single"
        return "prose"

    lo, hi = line_at(s)
    k = kind(lo, hi)
    if k == "single":
        return lo, line_at(e)[1]
    start, end = lo, line_at(e)[1]
    while start > 0:
        plo, phi = line_at(start - 1)
        if kind(plo, phi) != k:
            break
        start = plo
    while end < len(text):
        nlo, nhi = line_at(end + 1)
        if kind(nlo, nhi) != k or nlo == end:
            break
        end = nhi
    return start, end


def sentence_around(text: str, s: int, e: int) -> str:
    lo, hi = block_bounds(text, s, e)
    before = plain(text[max(lo, s - 400):s])
    cut = before.rfind(". ")
    before = before[cut + 1:] if cut >= 0 else before
    after = plain(text[e:min(hi, e + 400)])
    m = re.search(r"\.(\s|$)", after)
    after = after[:m.start()] if m else after
    return before + " " + after


def resolve_section(num: str, text: str, s: int, e: int, log: list) -> list[str]:
    if num not in SECTION_DEFAULT:
        raise Unresolved(f"section {num} has no note")
    rules = SECTION_TOPICS.get(num, [])
    right_after = re.split(r"\)|;|\.(?:\s|$)", plain(text[e:e + 40]), maxsplit=1)[0]
    for pat, ids in rules:
        if re.search(pat, right_after, re.I):
            return list(ids)
    sent = sentence_around(text, s, e)
    found: list[str] = []
    for pat, ids in rules:
        if re.search(pat, sent, re.I):
            found += [i for i in ids if i not in found]
            if num not in SECTION_UNION:
                break
    if found:
        return found
    if rules:
        log.append(f"section {num}: no topic words around it, cited as the whole section "
                   f"({SECTION_DEFAULT[num]})")
    return [SECTION_DEFAULT[num]]


def ids_of_span(span: str, text: str, s: int, e: int, log: list) -> list[str]:
    """The note ids a citation span stands for, in order, without repeats."""
    out: list[str] = []
    tokens = []
    for m in ITEM_RE.finditer(span):
        tokens.append((m.start(), "item", m))
    for m in SID_RE.finditer(span):
        if not any(t[1] == "item" and t[2].start() <= m.start() < t[2].end() for t in tokens):
            tokens.append((m.start(), "sid", m))
    tokens.sort(key=lambda t: t[0])
    for _, kind, m in tokens:
        if kind == "sid":
            out.append(m.group(0))
            continue
        kw = m.group(1).lower().rstrip("s")
        nums = re.split(rf"(?:,{WS}|{WS}and{WS}|/)", m.group(2))
        for n in nums:
            r = RANGE_RE.fullmatch(n.strip())
            if not r:
                raise Unresolved(f"cannot read {n!r}")
            a, b = r.group(1), r.group(2)
            if kw == "section":
                if b:
                    raise Unresolved("a range of sections")
                out += resolve_section(a, text, s, e, log)
                continue
            if "." in a or (b and "." in b):
                raise Unresolved(f"{kw} {n} is not a whole number")
            letter, top = ("N", MAX_ROW) if kw == "row" else ("R", MAX_RULE)
            lo, hi = int(a), int(b) if b else None
            if not 1 <= lo <= top or (hi is not None and not lo < hi <= top):
                raise Unresolved(f"{kw} {n} is out of range 1..{top}")
            out.append(f"{letter}{lo}" + (f"-{letter}{hi}" if hi else ""))
    seen, uniq = set(), []
    for i in out:
        if i not in seen:
            seen.add(i)
            uniq.append(i)
    return uniq


def matching_close(text: str, open_pos: int) -> int:
    """Index of the ')' closing the '(' at open_pos, or -1 (stops at a blank line)."""
    depth = 0
    for i in range(open_pos, min(len(text), open_pos + 1500)):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        elif c == "\n" and text.startswith("\n", i + 1):
            return -1
    return -1


def enclosing_open(text: str, pos: int) -> int:
    """Index of the '(' enclosing pos on the same logical text, or -1."""
    depth = 0
    for i in range(pos - 1, max(-1, pos - 1500), -1):
        c = text[i]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                return i
            depth -= 1
        elif c == "\n" and text[max(0, i - 1)] == "\n":
            return -1
    return -1


def comment_prefix_before(text: str, s: int) -> str | None:
    """If s is the first word of a // comment (after an optional '--- '), the comment's prefix."""
    ls = text.rfind("\n", 0, s) + 1
    head = text[ls:s]
    m = re.fullmatch(r"(.*?//+[ \t]*(?:---[ \t]*)?)", head)
    return m.group(1) if m else None


def clause_end(text: str, start: int, own_line_comment: bool) -> int:
    """End of the clause starting at `start`: before ';', a sentence end, an unmatched ')' or the
    end of the comment (a trailing comment ends with its line; an own-line one continues on the
    next own-line comment of the same indentation)."""
    depth = 0
    i = start
    n = len(text)
    while i < n:
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0 and c == ";" and (i + 1 == n or text[i + 1].isspace()):
            return i
        elif depth == 0 and c == "." and (i + 1 == n or text[i + 1].isspace()) and \
                text[i - 1] != ".":
            return i
        elif c == "\n":
            if not own_line_comment:
                return i
            ls = text.rfind("\n", 0, i) + 1
            cur = re.match(r"[ \t]*//", text[ls:])
            nxt = re.match(r"([ \t]*//+)[ \t]*(\S)?", text[i + 1:])
            if not (cur and nxt and len(nxt.group(1)) == len(cur.group(0)) and nxt.group(2)
                    and not text[i + 1:].lstrip().startswith("// ---")):
                return i
        i += 1
    return n


def cite(ids: list[str]) -> str:
    return "(notes " + ", ".join(ids) + ")"


def strip_ws(text: str) -> str:
    return text.strip(" \t")


def rewrite_span(text: str, s: int, e: int, ids: list[str], kw_upper: bool):
    """Returns (start, end, replacement) for the citation text[s:e], or raises Unresolved."""
    c = cite(ids)
    inner = "notes " + ", ".join(ids)
    post = text[e:]
    pre = text[:s]
    own_line = False
    prefix = comment_prefix_before(text, s)
    if prefix is not None:
        own_line = re.fullmatch(r"[ \t]*//+[ \t]*(?:---[ \t]*)?", prefix) is not None
    op = enclosing_open(text, s)
    close = matching_close(text, op) if op >= 0 else -1
    inside = op >= 0 and close >= e
    if inside:
        lead = plain(text[op + 1:s]).strip()
        if lead == "" and re.match(r"\s*\)", post):  # (S)
            return s, e, inner
        if lead == "" and (post.startswith(":") or re.match(r" \w", post)):
            # (S: X) or (S X) -> (X) (notes S)
            x = text[e + (1 if post.startswith(":") else 0):close].lstrip(" \t")
            return op, close + 1, "(" + x + ") " + c
        if lead == "" and re.match(r"[,;]\s", post):  # (S, X) -> (X) (notes S)
            x = re.sub(r"^[,;]\s*(?://+\s*)?", "", post[:close - e])
            return op, close + 1, "(" + x + ") " + c
        if post.startswith(":"):  # (A; S: X) -> (A; X) (notes S)
            x = text[e + 1:close].lstrip(" \t")
            return op, close + 1, text[op:s] + x + ") " + c
        mpre = re.search(rf"(?:[,;:]{WS})$", pre)
        if mpre and re.match(r"\s*\)", post):  # (A, S) -> (A) (notes S)
            return mpre.start(), close + 1, text[e:close + 1].lstrip() + " " + c
        if mpre and re.match(r"[,;]\s", post):  # (A, S; B) -> (A (notes S); B)
            return mpre.start(), e, " " + c
        raise Unresolved("citation inside a parenthesis in a form not handled")
    if prefix is not None:
        if post.startswith(":"):  # // S: X -> // X (notes S)
            xs = e + 1
            while xs < len(text) and text[xs] in " \t":
                xs += 1
            xe = clause_end(text, xs, own_line)
            x = text[xs:xe].rstrip(" \t")
            if kw_upper and x:
                x = x[0].upper() + x[1:]
            return s, xe, x + " " + c
        if re.match(r"[ \t]*(\n|$)", post):  # // S -> // (notes S)
            return s, e, c
        raise Unresolved("a comment opening with a citation in a form not handled")
    mpre = re.search(r"[,;][ \t]*(?:\n[ \t]*(?://+[ \t]*)?)?$", pre)
    if mpre and re.match(r"[;.)]|[ \t]*(\n|$)", post):  # X, S; Y -> X (notes S); Y
        return mpre.start(), e, " " + c
    mpre = re.search(r"\.[ \t]+$", pre)
    if mpre and post.startswith("."):  # X. S. -> X (notes S).
        return mpre.start(), e, " " + c
    raise Unresolved("citation in running text")


class Doc:
    """A file's text under edit, remembering how edits moved lines so that reports give the line
    numbers of the file as it was read."""

    def __init__(self, text: str):
        self.text = text
        self.edits: list[tuple[int, int]] = []  # (end of new text, newlines added)

    def line(self, pos: int) -> int:
        return line_of(self.text, pos) - sum(d for p, d in self.edits if p <= pos)

    def replace(self, a: int, b: int, new: str) -> None:
        shift = len(new) - (b - a)
        self.edits = [(p + shift if p >= b else p, d) for p, d in self.edits]
        self.edits.append((a + len(new), new.count("\n") - self.text.count("\n", a, b)))
        self.text = self.text[:a] + new + self.text[b:]


def process(path: str, text: str, report: list, stats: dict) -> str:
    rel = path
    doc = Doc(text)
    # 1. Overrides.
    for ov in OVERRIDES:
        pat = flex(ov["old"])
        pos = 0
        while True:
            m = pat.search(doc.text, pos)
            if not m:
                break
            where = f"{rel}:{doc.line(m.start())}"
            note = "" if where == ov["at"] else f" [written for {ov['at']}: text found here]"
            report.append(f"{where}: override{note}\n    - {plain(m.group(0))}\n"
                          f"    + {ov['new']}")
            doc.replace(m.start(), m.end(), ov["new"])
            pos = m.start() + len(ov["new"])
            stats["overrides_used"].add(ov["at"])
            stats["citations"] += 1
    # 2. Phrases naming the old document.
    for pat, new in PHRASES:
        pos = 0
        while True:
            m = re.search(pat, doc.text[pos:])
            if not m:
                break
            a, b = pos + m.start(), pos + m.end()
            report.append(f"{rel}:{doc.line(a)}: phrase\n    - {m.group(0)}\n    + {new}")
            doc.replace(a, b, new)
            pos = a + len(new)
            stats["phrases"] += 1
    # 3. Citation spans.
    pos = 0
    while True:
        m = SPAN_RE.search(doc.text, pos)
        if not m:
            break
        s, e = m.start(), m.end()
        log: list[str] = []
        try:
            ids = ids_of_span(m.group(0), doc.text, s, e, log)
            kw_upper = m.group(0)[0] in "RS" and not m.group(0).startswith("DOMAIN")
            a, b, new = rewrite_span(doc.text, s, e, ids, kw_upper)
        except Unresolved as why:
            stats["unresolved"].append(f"{rel}:{doc.line(s)}: {plain(m.group(0))!r}: {why}")
            stats["reported"].add((rel, m.group(0).split("\n")[0]))
            pos = e
            continue
        report.append(f"{rel}:{doc.line(s)}: {plain(m.group(0))}\n    - {plain(doc.text[a:b])}\n"
                      f"    + {plain(new)}" + "".join(f"\n    ({x})" for x in log))
        doc.replace(a, b, new)
        stats["citations"] += 1
        pos = a + len(new)
    return doc.text


# --- Re-wrapping lines a rewrite made longer than LIMIT.
def split_at(body: str, room: int) -> tuple[str, str] | None:
    """Split `body` at a space so the head fits in `room`, never inside '(notes ...)'."""
    protected = [(m.start(), m.end()) for m in CITATION_RE.finditer(body)]
    protected += [(m.start(), m.end()) for m in re.finditer(r"`[^`]*`", body)]
    best = None
    for i, ch in enumerate(body):
        if ch != " " or i > room:
            continue
        if any(a < i < b for a, b in protected):
            continue
        if body[:i].strip() == "":
            continue
        best = i
    if best is None:
        return None
    return body[:best].rstrip(), body[best + 1:].lstrip()


def wrap_code(lines: list[str], changed: set[int]) -> list[str]:
    out = list(lines)
    i = 0
    while i < len(out):
        line = out[i]
        if len(line) <= LIMIT or (i not in changed):
            i += 1
            continue
        m = re.match(r"^([ \t]*//+ ?)(.*)$", line)
        trailing = None
        if not m:
            col = code_comment_col(line)
            if col is None:
                i += 1
                continue
            trailing = col
            prefix_next = " " * col + "// "
            body = line[col:]
            bm = re.match(r"(//+ ?)(.*)$", body)
            lead, text = line[:col] + bm.group(1), bm.group(2)
        else:
            lead, text = m.group(1), m.group(2)
            prefix_next = lead if lead.endswith(" ") else lead + " "
        sp = split_at(text, LIMIT - len(lead))
        if sp is None:
            i += 1
            continue
        head, tail = sp
        out[i] = lead + head
        nxt = out[i + 1] if i + 1 < len(out) else None
        cont = False
        if nxt is not None:
            nm = re.match(r"^([ \t]*//+ ?)(.*)$", nxt)
            if nm and nm.group(1) == prefix_next and nm.group(2) and \
                    not re.match(r"---|[-*|#]|\d+\.", nm.group(2)):
                if trailing is None or len(nm.group(1)) - 3 == trailing:
                    cont = True
        if cont:
            out[i + 1] = prefix_next + tail + " " + nxt[len(prefix_next):]
        else:
            out.insert(i + 1, prefix_next + tail)
            changed = {j + 1 if j > i else j for j in changed}
        changed.add(i + 1)
        i += 1
    return out


def code_comment_col(line: str) -> int | None:
    """Column of a trailing // comment after code (outside string literals), or None."""
    in_str = None
    j = 0
    while j < len(line) - 1:
        c = line[j]
        if in_str:
            if c == "\\":
                j += 2
                continue
            if c == in_str:
                in_str = None
        elif c in "\"'":
            in_str = c
        elif line.startswith("//", j):
            return j if line[:j].strip() else None
        j += 1
    return None


def wrap_markdown(lines: list[str], changed: set[int]) -> list[str]:
    out = list(lines)
    fence = False
    i = 0
    while i < len(out):
        line = out[i]
        if line.startswith("```"):
            fence = not fence
        if fence or len(line) <= LIMIT or i not in changed or line.lstrip().startswith(("|", "#")):
            i += 1
            continue
        lm = re.match(r"^([ \t]*)((?:[-*]|\d+\.)[ \t]+)?", line)
        indent = lm.group(1) + (" " * len(lm.group(2)) if lm.group(2) else "")
        lead = line[:lm.end()]
        sp = split_at(line[lm.end():], LIMIT - len(lead))
        if sp is None:
            i += 1
            continue
        head, tail = sp
        out[i] = lead + head
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt is not None and nxt.strip() and nxt.startswith(indent) and \
                not re.match(r"[ \t]*([-*|#]|\d+\.|```)", nxt) and \
                (len(indent) == 0 or not nxt[len(indent)].isspace()):
            out[i + 1] = indent + tail + " " + nxt[len(indent):]
        else:
            out.insert(i + 1, indent + tail)
            changed = {j + 1 if j > i else j for j in changed}
        changed.add(i + 1)
        i += 1
    return out


def changed_lines(old: str, new: str) -> set[int]:
    """Indices of lines of `new` that are not unchanged lines of `old` (a simple diff)."""
    import difflib
    a, b = old.split("\n"), new.split("\n")
    keep = set()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            keep.update(range(j1, j2))
    return set(range(len(b))) - keep


def files() -> list[str]:
    out = []
    for root in ROOTS:
        if os.path.isfile(root):
            out.append(root)
            continue
        for d, dirs, names in os.walk(root):
            dirs.sort()
            for n in sorted(names):
                p = os.path.join(d, n).replace(os.sep, "/")
                if os.path.splitext(n)[1] in TEXT_EXT or n == "CMakeLists.txt":
                    out.append(p)
    return [p for p in sorted(out) if p not in SKIP]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="print the changes, write nothing")
    args = ap.parse_args()
    if not (os.path.isdir("src") and os.path.isfile("README.md")):
        print("run from the repository root", file=sys.stderr)
        return 2
    stats = {"citations": 0, "phrases": 0, "unresolved": [], "reported": set(),
             "overrides_used": set()}
    touched = 0
    for path in files():
        with open(path, encoding="utf-8") as f:
            old = f.read()
        report: list[str] = []
        new = process(path, old, report, stats)
        ch: set[int] = set()
        if new != old:
            ch = changed_lines(old, new)
            lines = new.split("\n")
            ext = os.path.splitext(path)[1]
            if ext in CODE_EXT:
                lines = wrap_code(lines, ch)
            elif ext == ".md":
                lines = wrap_markdown(lines, ch)
            new = "\n".join(lines)
            ch = changed_lines(old, new)
            touched += 1
            for r in report:
                print(r)
            if not args.dry_run:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(new)
        for n, line in enumerate(new.split("\n"), 1):
            # Anything that still looks like an old citation.
            if LEFTOVER_RE.search(line) and \
                    not any(p == path and frag in line for p, frag in stats["reported"]):
                stats["unresolved"].append(f"{path}:{n}: {line.strip()}  "
                                           "(still looks like an old citation)")
            # A rewrite that left a code line too long (the wrap found no place to break).
            if n - 1 in ch and len(line) > LIMIT and os.path.splitext(path)[1] in CODE_EXT:
                stats["unresolved"].append(f"{path}:{n}: line longer than {LIMIT} columns")
    unused = [o["at"] for o in OVERRIDES if o["at"] not in stats["overrides_used"]]
    print(f"\n{stats['citations']} citations and {stats['phrases']} phrases rewritten in "
          f"{touched} files{' (dry run: nothing written)' if args.dry_run else ''}.")
    if unused:
        print("Overrides whose text was not found (already rewritten, or the text changed):")
        for u in unused:
            print(f"  {u}")
    if stats["unresolved"]:
        print(f"\n{len(stats['unresolved'])} old-style citations could NOT be rewritten:")
        for u in sorted(set(stats["unresolved"])):
            print(f"  {u}")
        return 1
    print("No old-style citation remains.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
