"""The sparse training step of richlazy in PyTorch, for the speed comparison in docs/performance.md ("Sparse training").

The paper's CTRNN with W_h given only on its synapses, written the two ways PyTorch offers: the synapses as an
edge list (values gathered from the presynaptic states and summed into the postsynaptic ones with index_add_), or
as a sparse COO tensor multiplied with torch.sparse.mm. h_t = relu(W_in x_t + W_h h_{t-1}) (a = 1), logits W_out h_t
at every step, mean cross-entropy over the T x B (step, trial) pairs, Adam with lr 0.001, float32, batch 32, T = 8,
3 inputs and 3 outputs (2AF's sizes). The synapses are drawn as richlazy's bench draws them (log-normal in- and
out-propensities, sigma 1, no self-connections, no repeats), with NumPy's generator; the timing depends on their
number and spread, not on which they are.

    python3 docs/pytorch_sparse_step.py 20000 600000 2 edges    # N, synapses, threads, edges | coo [, steps]

prints the median of 3 timings of the mean step time after 2 warm-up steps.
"""
import sys
import time

import numpy as np
import torch

n, nnz, threads, form = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
iters = int(sys.argv[5]) if len(sys.argv) > 5 else 3
torch.set_num_threads(threads)
torch.manual_seed(1)
rng = np.random.default_rng(1)
B, T, I, O = 32, 8, 3, 3

in_p = np.exp(rng.standard_normal(n))
out_p = np.exp(rng.standard_normal(n))
degree = np.minimum(n // 2, np.round(nnz * in_p / in_p.sum()).astype(np.int64))
post = np.repeat(np.arange(n), degree)
pre = rng.choice(n, size=post.size, p=out_p / out_p.sum())
keep = pre != post
pairs = np.unique(post[keep] * n + pre[keep])  # repeats dropped: a few fewer synapses than drawn
post_t = torch.from_numpy(pairs // n)
pre_t = torch.from_numpy(pairs % n)
count = pairs.size

w_in = ((torch.rand(n, I) * 2 - 1) / I ** 0.5).requires_grad_()
values = (1.25 * torch.randn(count) / (count / n) ** 0.5).requires_grad_()
w_out = ((torch.rand(O, n) * 2 - 1) / n ** 0.5).requires_grad_()
opt = torch.optim.Adam([w_in, values, w_out], lr=1e-3)
x = torch.randn(T, B, I)
y = torch.randint(0, O, (T, B))
indices = torch.stack([post_t, pre_t])


def recurrent(h):
    if form == "edges":
        return torch.zeros(n, B).index_add_(0, post_t, values[:, None] * h[pre_t])
    w = torch.sparse_coo_tensor(indices, values, (n, n))
    return torch.sparse.mm(w, h)


def step():
    h = torch.zeros(n, B)  # neuron-major, as the sparse product wants it
    logits = []
    for t in range(T):
        u = w_in @ x[t].T
        if t > 0:
            u = u + recurrent(h)
        h = torch.relu(u)
        logits.append((w_out @ h).T)
    loss = torch.nn.functional.cross_entropy(torch.stack(logits).reshape(T * B, O), y.reshape(T * B))
    opt.zero_grad()
    loss.backward()
    opt.step()


for _ in range(2):
    step()
times = []
for _ in range(3):
    start = time.perf_counter()
    for _ in range(iters):
        step()
    times.append((time.perf_counter() - start) / iters * 1e3)
times.sort()
print(f"torch {torch.__version__} {form} N {n} nnz {count} threads {threads}: {times[1]:.1f} ms/step "
      f"(median of 3 x {iters}; min {times[0]:.1f}, max {times[-1]:.1f})")
