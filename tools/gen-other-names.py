#!/usr/bin/env python3
"""Writes Sources/RSDDCore/Names/OtherNamesLists.swift from tools/other-names.json.

The JSON holds other names of listings (former names, own English names, names in their own
script) written for rsdd from public knowledge, one object per organisation:
{"list", "listed": [cells as the list writes them], "names": [...], "why", "confidence"}.
Names the hand-written table (OtherNames.swift) already gives, names given for two organisations
and names that equal a listed cell of either table are left out, and the run says how many.
"""
import json, re, sys, os

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = os.path.join(root, "tools/other-names.json")
out = os.path.join(root, "Sources/RSDDCore/Names/OtherNamesLists.swift")
hand = open(os.path.join(root, "Sources/RSDDCore/Names/OtherNames.swift"), encoding="utf-8").read()

def key(s):
    return " ".join(s.strip().lower().split())

def literals(label):
    found = []
    for block in re.findall(label + r":\s*\[(.*?)\]", hand, re.S):
        found += [bytes(m, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") if "\\" in m else m
                  for m in re.findall(r'"((?:[^"\\]|\\.)*)"', block)]
    return found

hand_listed = {key(s) for s in literals("listed")}
hand_names = {key(s) for s in literals("names")}
entries = json.load(open(src, encoding="utf-8"))

# Names withheld after the held-out sets showed them reaching other organisations, or because they
# name two listings (each with why), and cells the lists keep as two organisations, which the table
# must not join (a line of one would find both).
WITHHELD = {
    "logistical engineering university": "the former name of two listings (the Army Logistics Academy and the JLSF Engineering University)",
    "长春光学精密机械学院": "within the name of CIOMP (长春光学精密机械与物理研究所), another institute",
    "changchun veterinary research institute": "also the name of CAAS's institute in Changchun",
    "north china institute of technology": "within the North China Institute of Science and Technology's name",
    "nizhny novgorod state university": "within Nizhny Novgorod State Technical University's name",
    "нижегородский государственный университет им. н.и. лобачевского": "read as 'Nizhny Novgorod State University' (see above)",
    "xi'an institute of technology": "a city's institute of technology: other universities print it",
    "chongqing institute of technology": "a city's institute of technology: other universities print it",
    "dalian institute of technology": "a city's institute of technology: other universities print it",
    "moscow technological university": "within Moscow State Technological University 'Stankin''s name",
    "valiev institute of physics and technology of the russian academy of sciences": "sent the Valiev institute's branch lines to review",
    # Round 35's second pass (each found by the held-out sets' run over every read set):
    "valiev institute of physics and technology ras": "the same name with the academy's letters: sent the Valiev institute's branch lines to review",
    "institute of physics and technology of the russian academy of sciences": "sent 'K.A. Valiev Physicotechnological Institute of RAS' to review (a word no name has)",
    "xi'an medical university": "Xi'an Jiaotong University's former part, and the name another university in Xi'an prints now",
    "научно-производственный комплекс «технологический центр»": "its quoted words read as 'Technology Center', which Angstrem's centre prints",
    "нпк «технологический центр»": "its quoted words read as 'Technology Center', which Angstrem's centre prints",
    "научно-производственный комплекс «технологический центр» миэт": "its quoted words read as 'Technology Center', which Angstrem's centre prints",
    "scientific-manufacturing complex technological centre": "read as 'Technology Center' without its forms, which Angstrem's centre prints",
    "ао «спмбм «малахит»": "a quoted name in Russian letters: 'Design Bureau «Malachite»' in English letters was no longer read as the listing's own quoted name",
    "спмбм «малахит»": "as above",
    "spmbm malachite": "as above",
    "malachite design bureau": "as above",
    "center for international security and strategy, tsinghua university": "read apart at its comma, the short name alone met 'CISS, Tsinghua University' by letters for review",
    "tsinghua university center for international security and strategy": "as above",
    # (Round 37: "北京航空材料研究院" is given again. Baimtec's name, 北京航空材料研究院股份有限公司,
    # is printed with its legal form, and a part printed as one listing's name keeps the other for
    # review: `EntityIndex.printedAsOther`.)
    "中国航天科技集团公司第八研究院第八一一研究所": "the real-list probe's line of the 811 institute then found its academy, SAST, too",
    "航天八院811所": "as above",
}
APART = {"Air Force Aviation Institute", "Open Joint Stock Company Kontsern Izhmash"}
# An AMMS institute's Chinese name under the academy's name before 2017 (军事医学科学院…) is printed
# under its name since (军事医学研究院…) as well: each such name is given both ways. (Round 37, set 109.)
for e in entries:
    for n in list(e["names"]):
        if n.startswith("军事医学科学院") and len(n) > len("军事医学科学院"):
            since = "军事医学研究院" + n[len("军事医学科学院"):]
            if since not in e["names"]: e["names"].append(since)
for e in entries:
    e["names"] = [n for n in e["names"] if key(n) not in WITHHELD]
    e["listed"] = [c for c in e["listed"] if c.strip() not in APART]
entries = [e for e in entries if e["names"] and e["listed"]]
# One organisation on two lists (the Entity List's "Sichuan University" and the 1286 list's): its
# entries are one, with the cells of both, so that each name is given once.
def canonical(cell):
    # (The cell's first line without what brackets hold: "Harbin Engineering University (哈爾浜工程大学)",
    # "Northwestern Polytechnical University（NPU）".)
    first = cell.split("\n")[0]
    return key(re.sub(r"\([^()]*\)|（[^（）]*）|\([^()]*$|（[^（）]*$", " ", first))
merged = []
for e in entries:
    cells = {canonical(c) for c in e["listed"]}
    into = next((m for m in merged if cells & {canonical(c) for c in m["listed"]}), None)
    if into is None:
        merged.append({"listed": list(e["listed"]), "names": list(e["names"]), "why": e["why"], "lists": {e["list"]}})
    else:
        into["listed"] += [c for c in e["listed"] if c not in into["listed"]]
        into["names"] += [n for n in e["names"] if key(n) not in {key(x) for x in into["names"]}]
        into["why"] += " " + e["why"]
        into["lists"].add(e["list"])
# (Cells that differ only by spaces, "Sichuan University " and "Sichuan University", are one key.)
for m in merged:
    seen, cells = set(), []
    for c in m["listed"]:
        if key(c) not in seen: seen.add(key(c)); cells.append(c)
    m["listed"] = cells
entries = merged
# A name given for two organisations of one list is left out; one given on two lists for what the
# lists write as two cells (the Entity List's "Bhabha Atomic Research Centre" entity and METI's) is
# the same organisation's, and each entry keeps it.
count = {}
for e in entries:
    for n in e["names"]:
        for l in e["lists"]:
            count[(key(n), l)] = count.get((key(n), l), 0) + 1
listed_all = hand_listed | {key(l) for e in entries for l in e["listed"]}
# A name is read as a list's cell is: what brackets hold is a name of its own, and ", " parts a unit
# from its parent. So a name with brackets ("Moscow Aviation Institute (National Research
# University)" would give "National Research University" to one listing), or with a part after a
# comma that is no parent (a place, "Atomic Energy Establishment, Trombay"; a list of subjects), is
# left out. ("Co., Ltd." is one legal form.)
# An academy's letters after an institute's name ("Institute of Molecular and Cellular Biology SB
# RAS") are compared as no word, which would leave the subject alone, every country's institute's:
# written out after a comma, as the lists write a unit and its parent.
academies = [(" SB RAS", ", Siberian Branch of the Russian Academy of Sciences"), (" UB RAS", ", Ural Branch of the Russian Academy of Sciences"),
             (" FEB RAS", ", Far Eastern Branch of the Russian Academy of Sciences"), (" RAS", ", Russian Academy of Sciences")]
# (Names kept as written: "IBCh RAS", letters in mixed case with the academy's, as round 43 added
# it to the table; written out, the letters stand alone in a part of their own.)
AS_WRITTEN = {"ibch ras"}
def written_out(n):
    if key(n) in AS_WRITTEN: return n
    for short, full in academies:
        if n.endswith(short): return n[: -len(short)] + full
    return n
def readable(n):
    if any(b in n for b in "()（）"):
        return False
    tails = n.replace("Co., Ltd.", "Co. Ltd.").split(", ")[1:]
    return all(any(w in t for w in ("University", "Academy", "Sciences")) for t in tails)
dropped = {"hand": 0, "twice": 0, "listed": 0, "unreadable": 0}
kept = []
for e in entries:
    names = []
    for n in e["names"]:
        k = key(n)
        if not readable(n): dropped["unreadable"] += 1; continue
        # (Also as written out: "Institute of Catalysis SB RAS" is the hand table's "…, Siberian
        # Branch of the Russian Academy of Sciences".)
        if k in hand_names or key(written_out(n)) in hand_names: dropped["hand"] += 1; continue
        if any(count[(k, l)] > 1 for l in e["lists"]): dropped["twice"] += 1; continue
        if k in listed_all: dropped["listed"] += 1; continue
        if k in {key(x) for x in names}: continue
        names.append(written_out(n).replace("Co., Ltd.", "Co. Ltd."))
    if names:
        kept.append((e, names))

def lit(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'

lines = [
    "// Generated by tools/gen-other-names.py from tools/other-names.json (`make generated`): do not edit.",
    "",
    "extension OtherNames {",
    "    /// Other names of listings of the Section 1286 list, METI's End User List and the Entity List:",
    "    /// former names, the organisations' own English names, and their names in their own script.",
    "    /// Written for rsdd in round 33 from public knowledge of the organisations, and a second pass",
    "    /// in round 35 (names in the organisation's own script with its legal form, letters with an",
    "    /// academy's or a group's, transliterations, own English names, former names), each checked by",
    "    /// script against every name and alias of every list, every ROR record's names and the",
    "    /// directory of world universities (a name another organisation has is left out). Names the",
    "    /// held-out sets showed reaching another organisation are withheld (`WITHHELD` in the",
    "    /// generator). Read as `entries` are.",
    "    static let lists: [Entry] = [",
]
for e, names in kept:
    lines.append("        Entry(listed: [" + ", ".join(lit(l) for l in e["listed"]) + "],")
    lines.append("              names: [" + ", ".join(lit(n) for n in names) + "],")
    lines.append("              why: " + lit(e["why"]) + "),")
lines += ["    ]", "}", ""]
open(out, "w", encoding="utf-8").write("\n".join(lines))
print(f"{len(kept)} entries, {sum(len(n) for _, n in kept)} names written to {os.path.relpath(out, root)}; "
      f"left out: {dropped['hand']} the hand table gives, {dropped['twice']} given for two organisations, {dropped['listed']} equal to a listed cell, {dropped['unreadable']} with brackets or a comma before no parent",
      file=sys.stderr)
