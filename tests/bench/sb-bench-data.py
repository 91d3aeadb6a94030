#!/usr/bin/env python3
# sb-bench-data.py — makes the large inputs of the benchmarks, at bench time, from the bundled ones
#
# Copyright 2026 The Scorebook authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   sb-bench-data.py standard OUT.xml [--parts 2000 --points 5]
#       the bundled standard with its criteria replaced by a generated tree: 8 dimensions of 10
#       items each, sharing out PARTS scored parts of POINTS guidance points each (10,000 points by
#       default, about 6 MB), their texts taken in turn from the bundled guidance points. Valid
#       against data/schema/standard.rng, and loaded by the program like any standard.
#   sb-bench-data.py notes OUT.scorebook [--total 1048576 --note 102400]
#       the full fixture assessment (bundled standard) with one note of NOTE bytes on guidance
#       point 1.1.1.1 and more notes until TOTAL bytes of notes.
#   sb-bench-data.py assessments DIR COUNT
#       COUNT copies of the rated fixture assessment, a-0000.scorebook …, each its own applicant.
#   sb-bench-data.py team DIR COUNT [--standard large.xml]
#       COUNT examiners' assessments of one applicant, e-00.scorebook …: of the bundled standard,
#       the rated fixture with each examiner's percents moved within their bands; of a standard
#       made by `standard`, every scored part rated, the examiners spread over the bands.
#
# Nothing here is committed as data: the files are a few seconds of work, made where they are used.

import argparse
import hashlib
import os
import re
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, "..", ".."))
BUNDLED = os.path.join(TOP, "data", "standards", "szmqa-2019-social.xml")
FULL = os.path.join(TOP, "tests", "fixtures", "assessment-full.scorebook")

DIMENSIONS = 8
ITEMS = 10


def bundled_texts(source):
    """The zh-CN and en texts of every guidance point of the bundled standard, in order."""
    points = re.findall(r"<point [^>]*>(.*?)</point>", source, re.S)
    texts = []
    for p in points:
        zh = re.search(r'<text xml:lang="zh-CN">(.*?)</text>', p, re.S)
        en = re.search(r'<text xml:lang="en">(.*?)</text>', p, re.S)
        if zh and en:
            texts.append((zh.group(1), en.group(1)))
    return texts


def title(indent, zh, en, tag="title"):
    return (f'{indent}<{tag} xml:lang="zh-CN">{zh}</{tag}>\n'
            f'{indent}<{tag} xml:lang="en">{en}</{tag}>\n')


def scored_part(out, pid, points, n_points, texts, counter):
    out.append(f'        <node id="{pid}" number="{pid}" kind="subitem" points="{points}" guide="process">\n')
    out.append(title("          ", f"子条目 {pid}", f"Sub-item {pid}"))
    for g in range(1, n_points + 1):
        zh, en = texts[counter[0] % len(texts)]
        counter[0] += 1
        out.append(f'          <point id="g{pid}.{g}" number="{pid}.{g}">\n')
        out.append(title("            ", zh, en, "text"))
        out.append("          </point>\n")
    out.append("        </node>\n")


def criteria(parts, n_points, texts):
    """The generated <node> tree, one point per scored part, and the criteria's total."""
    out = []
    counter = [0]
    per_item = [parts // (DIMENSIONS * ITEMS)] * (DIMENSIONS * ITEMS)
    for i in range(parts % (DIMENSIONS * ITEMS)):
        per_item[i] += 1
    for d in range(1, DIMENSIONS + 1):
        items = per_item[(d - 1) * ITEMS:d * ITEMS]
        out.append(f'    <node id="{d}" number="{d}" kind="category" points="{sum(items)}">\n')
        out.append(title("      ", f"评价类目 {d}", f"Dimension {d}"))
        for i, n_parts in enumerate(items, 1):
            out.append(f'      <node id="{d}.{i}" number="{d}.{i}" kind="item" points="{n_parts}">\n')
            out.append(title("        ", f"条目 {d}.{i}", f"Item {d}.{i}"))
            for s in range(1, n_parts + 1):
                scored_part(out, f"{d}.{i}.{s}", 1, n_points, texts, counter)
            out.append("      </node>\n")
        out.append("    </node>\n")
    return "".join(out), parts


def make_standard(path, parts, n_points):
    with open(BUNDLED, encoding="utf-8") as f:
        source = f.read()
    head, rest = source.split("<criteria", 1)
    criteria_open, rest = rest.split(">", 1)
    body, tail = rest.split("</criteria>", 1)
    kinds = "".join(re.findall(r"\s*<kind .*?</kind>", body, re.S))
    nodes, total = criteria(parts, n_points, bundled_texts(source))
    head = head.replace('id="szmqa-2019-social"', 'id="bench-large"', 1)
    criteria_open = re.sub(r'points="[^"]*"', f'points="{total}"', criteria_open)
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"{head}<criteria{criteria_open}>{kinds}\n{nodes}  </criteria>{tail}")


def filler(size, seed):
    """About @size bytes of mixed Chinese and English note text, in lines."""
    line = (f"第{seed}次访谈记录：服务流程已按季度复核，整改措施落实到位。"
            f" Interview {seed}: the service process is reviewed every quarter.\n")
    count = max(1, size // len(line.encode("utf-8")))
    return escape(line * count).rstrip("\n")


def make_notes(path, total, note):
    with open(FULL, encoding="utf-8") as f:
        source = f.read()
    notes = list(re.finditer(r"<note>(.*?)</note>", source, re.S))
    share = max(1, (total - note) // max(1, len(notes) - 1))
    pieces, last = [], 0
    for n, match in enumerate(notes):
        pieces.append(source[last:match.start(1)])
        pieces.append(filler(note if n == 0 else share, n))
        last = match.end(1)
    pieces.append(source[last:])
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(pieces))


def make_assessments(folder, count):
    with open(FULL, encoding="utf-8") as f:
        source = f.read()
    os.makedirs(folder, exist_ok=True)
    for n in range(count):
        text = source.replace("深圳市某某社区健康服务中心</applicant>", f"申报单位 {n:04d}</applicant>", 1)
        with open(os.path.join(folder, f"a-{n:04d}.scorebook"), "w", encoding="utf-8") as f:
            f.write(text)


def examiner(n):
    return f"评审员 {n:02d} Examiner {n:02d}"


def team_bundled(n):
    """The rated fixture as examiner @n rated it: each percent moved within its band."""
    with open(FULL, encoding="utf-8") as f:
        source = f.read()
    source = re.sub(r"<examiner>.*?</examiner>", f"<examiner>{examiner(n)}</examiner>", source, count=1)

    def moved(m):
        low = (int(m.group(1)[-1]) - 1) * 20
        return f'band="{m.group(1)}" percent="{low + 5 * ((n + int(m.group(2)) // 5) % 4)}"'
    return re.sub(r'band="([a-z]+-[0-9])" percent="([0-9]+)"', moved, source)


def team_large(n, standard):
    """Every scored part of the generated @standard rated by examiner @n."""
    with open(standard, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    with open(standard, encoding="utf-8") as f:
        ids = re.findall(r'<node id="([0-9]+\.[0-9]+\.[0-9]+)"', f.read())
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           '<assessment xmlns="urn:scorebook:assessment:1" format="1" subject="organization" '
           'kind="independent-review">\n',
           f'  <standard id="bench-large" edition="2019" sha256="{digest}"/>\n',
           "  <applicant>深圳市某某社区健康服务中心</applicant>\n",
           f"  <examiner>{examiner(n)}</examiner>\n",
           "  <created>2026-03-02T09:30:00Z</created>\n",
           "  <modified>2026-03-04T09:30:00Z</modified>\n",
           "  <profile/>\n"]
    for k, pid in enumerate(ids):
        band = (k + n) % 5
        out.append(f'  <subitem id="{pid}" band="process-{band + 1}" percent="{band * 20 + 5 * (n % 4)}"/>\n')
    out.append("</assessment>\n")
    return "".join(out)


def make_team(folder, count, standard):
    os.makedirs(folder, exist_ok=True)
    for n in range(count):
        text = team_large(n, standard) if standard else team_bundled(n)
        with open(os.path.join(folder, f"e-{n:02d}.scorebook"), "w", encoding="utf-8") as f:
            f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="what", required=True)
    s = sub.add_parser("standard")
    s.add_argument("out")
    s.add_argument("--parts", type=int, default=2000)
    s.add_argument("--points", type=int, default=5)
    n = sub.add_parser("notes")
    n.add_argument("out")
    n.add_argument("--total", type=int, default=1024 * 1024)
    n.add_argument("--note", type=int, default=100 * 1024)
    a = sub.add_parser("assessments")
    a.add_argument("folder")
    a.add_argument("count", type=int)
    t = sub.add_parser("team")
    t.add_argument("folder")
    t.add_argument("count", type=int)
    t.add_argument("--standard")
    args = parser.parse_args()
    if args.what == "standard":
        make_standard(args.out, args.parts, args.points)
    elif args.what == "team":
        make_team(args.folder, args.count, args.standard)
    elif args.what == "notes":
        make_notes(args.out, args.total, args.note)
    else:
        make_assessments(args.folder, args.count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
