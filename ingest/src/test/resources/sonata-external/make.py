# Writes the external (virtual input) network that BMTK's point-neuron examples put beside their `internal` one:
# 100 virtual nodes and their edges onto the first 50 nodes of 300_pointneurons' `internal` population, in BMTK's
# layout (h5py, as BMTK writes it). SonataMultiPopulationTest copies them beside the real 300_pointneurons files.
#   python3 make.py
import h5py
import numpy as np

rng = np.random.default_rng(1)
with h5py.File("external_nodes.h5", "w") as f:
    g = f.create_group("nodes/external")
    g["node_id"] = np.arange(100, dtype=np.uint64)
    g["node_type_id"] = np.full(100, 200, dtype=np.uint64)
    g["node_group_id"] = np.zeros(100, dtype=np.uint32)
    g["node_group_index"] = np.arange(100, dtype=np.uint64)
    g.create_group("0")
with open("external_node_types.csv", "w") as f:
    f.write("node_type_id model_type pop_name ei\n200 virtual tON e\n")
n = 400
with h5py.File("external_internal_edges.h5", "w") as f:
    g = f.create_group("edges/external_to_internal")
    s = g.create_dataset("source_node_id", data=rng.integers(0, 100, n).astype(np.uint64))
    s.attrs["node_population"] = "external"
    t = g.create_dataset("target_node_id", data=rng.integers(0, 50, n).astype(np.uint64))
    t.attrs["node_population"] = "internal"
    g["edge_type_id"] = np.full(n, 300, dtype=np.uint32)
    g["edge_group_id"] = np.zeros(n, dtype=np.uint16)
    g["edge_group_index"] = np.arange(n, dtype=np.uint32)
    g.create_group("0")["syn_weight"] = np.full(n, 0.5)
with open("external_internal_edge_types.csv", "w") as f:
    f.write("edge_type_id target_query source_query delay dynamics_params model_template\n"
            "300 * * 1.0 ExcToExc.json static_synapse\n")
