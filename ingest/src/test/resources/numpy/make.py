# Writes the NumPy fixtures of NumpyReaderTest (run from this folder with NumPy and SciPy):
#   python3 make.py
# W is the 4 x 4 matrix whose entry (r, c) is the weight from neuron r onto neuron c (rows presynaptic):
# 0 -> 1: 1.5, 1 -> 2: -2, 2 -> 3: 0.25, 3 -> 0: 4, 0 -> 2: 3.
import numpy as np
import scipy.sparse as sp

W = np.zeros((4, 4))
W[0, 1], W[1, 2], W[2, 3], W[3, 0], W[0, 2] = 1.5, -2, 0.25, 4, 3
np.save("dense.npy", W)
np.save("dense_fortran_f4.npy", np.asfortranarray(W.astype(">f4")))
np.save("counts_int64.npy", (W != 0).astype(np.int64) * 7)
sp.save_npz("csr.npz", sp.csr_matrix(W))
sp.save_npz("csc.npz", sp.csc_matrix(W), compressed=False)
# a coo matrix with the entry 0 -> 1 split in two (summed on read) and an explicit zero at 1 -> 3
coo = sp.coo_matrix((np.array([1.0, 0.5, -2, 0.25, 4, 3, 0.0]), (np.array([0, 0, 1, 2, 3, 0, 1]),
                                                                 np.array([1, 1, 2, 3, 0, 2, 3]))), shape=(4, 4))
sp.save_npz("coo.npz", coo)
np.savez("two_arrays.npz", weights=W, distances=np.ones((4, 4)))
np.save("objects.npy", np.array([{"a": 1}], dtype=object), allow_pickle=True)
np.save("rectangular.npy", np.zeros((3, 4)))
# a csr archive whose row pointers start at 1 (scipy refuses it; so does richlazy)
np.savez("bad_indptr.npz", format=np.array(b"csr"), shape=np.array([4, 4]), data=np.ones(3),
         indices=np.array([0, 1, 2], dtype=np.int32), indptr=np.array([1, 1, 2, 3, 3], dtype=np.int32))
