"""Compares every ALTO String of a digital-edition site with the glyph boxes pdfplumber reads from the
page's PDF: the String's box must be the union of its characters' boxes, horizontally within 1 pixel of
the 2400-pixel zoom image, its characters in the same order. Prints one JSON object per run.

usage: alto_boxes.py SITE_FOLDER"""
import json
import pathlib
import sys
import xml.etree.ElementTree as ET

import pdfplumber

site = pathlib.Path(sys.argv[1])
ALTO = "{http://www.loc.gov/standards/alto/ns-v4#}"
figures = {"strings": 0, "matched": 0, "worst_px": 0.0, "unmatched": []}
for alto in sorted((site / "alto").glob("*.xml")):
    tree = ET.parse(alto)
    page = tree.find(f".//{ALTO}Page")
    with pdfplumber.open(site / "pdf" / (alto.stem + ".pdf")) as pdf:
        chars = [c for c in pdf.pages[0].chars if c["text"].strip()]
        scale = float(page.get("WIDTH")) / float(pdf.pages[0].width)
    for string in tree.iter(f"{ALTO}String"):
        figures["strings"] += 1
        x, y, w, h = (float(string.get(k)) for k in ("HPOS", "VPOS", "WIDTH", "HEIGHT"))
        inside = [c for c in chars
                  if x - 1 <= (c["x0"] + c["x1"]) / 2 * scale <= x + w + 1 and y - 1 <= (c["top"] + c["bottom"]) / 2 * scale <= y + h + 1]
        inside.sort(key=lambda c: c["x0"])
        # Squeezed punctuation beside the string has its centre inside the string's box: take the run of
        # characters that spells the string.
        content = string.get("CONTENT")
        runs = [inside[i:i + len(content)] for i in range(len(inside) - len(content) + 1)]
        inside = next((run for run in runs if "".join(c["text"] for c in run) == content), None)
        if inside is None:
            figures["unmatched"].append(f'{alto.stem}: {content}')
            continue
        figures["matched"] += 1
        left, right = min(c["x0"] for c in inside) * scale, max(c["x1"] for c in inside) * scale
        figures["worst_px"] = round(max(figures["worst_px"], abs(left - x), abs(right - (x + w))), 3)
figures["unmatched"] = figures["unmatched"][:20]
print(json.dumps(figures, ensure_ascii=False))
