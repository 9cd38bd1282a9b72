#!/usr/bin/env python3
"""Turns reference/m3-api-fields.md into resources/sandbox/m3_catalogue.json (the M3 simulator's MI metadata).

Usage: gen_m3_catalogue.py <m3-api-fields.md> <out.json>
Input fields carry no type/length in the reference; they inherit them from an output field of the same name
(same transaction first, then the same program, then any program) -- a documented [I] choice of the sandbox.
A few transactions the flows need but the snapshot lacks are added from SUPPLEMENT, marked "supplement": true.
"""
import json, re, sys

src, dst = sys.argv[1], sys.argv[2]
text = open(src, encoding="utf-8").read().splitlines()

programs = {}
cur = None
head_re = re.compile(r"^### (\w+)/(\w+) — (.*)$")
prog_re = re.compile(r"^- \*\*(\w+)\*\* — (.*?):")
out_re = re.compile(r"`(\w+)\((A|N|D)(\d+)\)` ([^;]*)")
in_re = re.compile(r"`(\w+)(\*?)` ([^;]*)")
pdesc = {}
for line in text:
    m = prog_re.match(line)
    if m:
        pdesc[m.group(1)] = m.group(2).split(" / ")[-1].strip()
        continue
    m = head_re.match(line)
    if m:
        pgm, trn, desc = m.groups()
        p = programs.setdefault(pgm, {"description": pdesc.get(pgm, ""), "transactions": {}})
        cur = p["transactions"].setdefault(trn, {"description": desc.strip(), "in": [], "out": []})
        continue
    if cur is None:
        continue
    if line.startswith("**In:**"):
        for f, star, d in in_re.findall(line[len("**In:**"):]):
            cur["in"].append({"name": f, "mandatory": star == "*", "description": d.strip()})
    elif line.startswith("**Out:**"):
        for f, t, n, d in out_re.findall(line[len("**Out:**"):]):
            cur["out"].append({"name": f, "type": t, "length": int(n), "description": d.strip()})

SUPPLEMENT = {
    "CRS111MI": {"Add": {"description": "Add e-mail address",
        "in": [("EMTP", True, "E-mail type"), ("EMKY", True, "E-mail key value"), ("EMAL", True, "Electronic mail address")],
        "out": []},
      "Change": {"description": "Change e-mail address",
        "in": [("EMTP", True, "E-mail type"), ("EMKY", True, "E-mail key value"), ("EMAL", True, "Electronic mail address")],
        "out": []}},
}
for pgm, trns in SUPPLEMENT.items():
    p = programs.setdefault(pgm, {"description": pdesc.get(pgm, ""), "transactions": {}})
    for trn, t in trns.items():
        if trn in p["transactions"]:
            continue
        p["transactions"][trn] = {"description": t["description"], "supplement": True,
            "in": [{"name": n, "mandatory": m, "description": d} for n, m, d in t["in"]], "out": []}

# Give input fields a type and length.
def lookup(field, pgm, trn):
    for o in programs[pgm]["transactions"][trn]["out"]:
        if o["name"] == field:
            return o
    for t in programs[pgm]["transactions"].values():
        for o in t["out"]:
            if o["name"] == field:
                return o
    for p in programs.values():
        for t in p["transactions"].values():
            for o in t["out"]:
                if o["name"] == field:
                    return o
    return None

for pgm, p in programs.items():
    for trn, t in p["transactions"].items():
        for f in t["in"]:
            o = lookup(f["name"], pgm, trn)
            if o:
                f["type"], f["length"] = o["type"], o["length"]
                # A field that is numeric anywhere in the catalogue is validated as numeric (ORQT is A16 in one layout).
                if any(x["name"] == f["name"] and x["type"] == "N"
                       for q in programs.values() for t2 in q["transactions"].values() for x in t2["out"]):
                    f["type"] = "N"

json.dump({"source": "reference/m3-api-fields.md (M3H5 MI metadata snapshot)", "programs": programs},
          open(dst, "w", encoding="utf-8"), indent=None, separators=(",", ":"), ensure_ascii=False)
print(f"{len(programs)} programs, {sum(len(p['transactions']) for p in programs.values())} transactions")
