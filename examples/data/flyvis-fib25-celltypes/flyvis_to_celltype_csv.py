"""Writes classes.csv and pairs.csv (richlazy's celltype-csv layout, docs/formats.md) from the flyvis
connectome description fib25-fib19_v2.2.json (TuragaLab/flyvis, MIT).

    python3 flyvis_to_celltype_csv.py path/to/fib25-fib19_v2.2.json

Choices, all of them ours (the JSON describes a hexagonal lattice of columns, not a cell-type table):
- proportion: every one of the 65 types equally (1/65; the last takes the rounding remainder);
- sign: the sign (alpha) of the type's outgoing synapses, weighted by synapse count where a type has
  both (R8, Am, C2 and C3 do);
- probability: 1 for a (pre, post) type pair with an edge, 0 otherwise;
- strength: the edge's synapse count summed over all column offsets.
"""
import json
import sys
from collections import Counter

description = json.load(open(sys.argv[1]))
names = [node["name"] for node in description["nodes"]]
outgoing = {name: Counter() for name in names}
count = {}
for edge in description["edges"]:
    synapses = sum(offset[1] for offset in edge["offsets"])
    outgoing[edge["src"]][edge["alpha"]] += synapses
    count[(edge["src"], edge["tar"])] = count.get((edge["src"], edge["tar"]), 0) + synapses

share = round(1 / len(names), 10)
with open("classes.csv", "w") as f:
    f.write("# note: flyvis fib25-fib19_v2.2 (Lappalainen et al. 2024), types in equal proportions\n")
    f.write("class,proportion,sign\n")
    for i, name in enumerate(names):
        proportion = share if i < len(names) - 1 else 1 - share * (len(names) - 1)
        sign = outgoing[name].most_common(1)[0][0] if outgoing[name] else 1
        f.write(f"{name},{proportion:.10f},{'E' if sign > 0 else 'I'}\n")
with open("pairs.csv", "w") as f:
    f.write("# unit: synapses\n")
    f.write("# note: strength = synapse count summed over column offsets; probability 1 where an edge exists\n")
    f.write("pre,post,probability,strength\n")
    for pre in names:
        for post in names:
            n = count.get((pre, post), 0)
            f.write(f"{pre},{post},{1 if n else 0},{n:g}\n")
