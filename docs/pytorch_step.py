"""The training step of richlazy in PyTorch, for the speed comparison in the README ("One large network").

The paper's CTRNN written the way its code does: h_t = relu(W_in x_t + W_h h_{t-1}) (a = dt/tau = 1), logits
W_out h_t at every step, mean cross-entropy over the T x B (step, trial) pairs, SGD with lr 0.003 and momentum
0.9, float32, batch 32, T = 8, 3 inputs and 3 outputs (2AF's sizes). Inputs and labels are fixed random tensors:
the timing does not depend on them.

    OMP_NUM_THREADS=1 python3 docs/pytorch_step.py 1000 1      # N, threads [, steps per timing]

prints the median of 5 timings of the mean step time after 10 warm-up steps.
"""
import sys
import time

import torch

n = int(sys.argv[1])
threads = int(sys.argv[2])
iters = int(sys.argv[3]) if len(sys.argv) > 3 else 50
torch.set_num_threads(threads)
torch.manual_seed(1)
B, T, I, O = 32, 8, 3, 3
w_in = ((torch.rand(n, I) * 2 - 1) / I ** 0.5).requires_grad_()
w_h = (1.25 * torch.randn(n, n) / n ** 0.5).requires_grad_()
w_out = ((torch.rand(O, n) * 2 - 1) / n ** 0.5).requires_grad_()
opt = torch.optim.SGD([w_in, w_h, w_out], lr=0.003, momentum=0.9)
x = torch.randn(T, B, I)
y = torch.randint(0, O, (T, B))


def step():
    h = torch.zeros(B, n)
    logits = []
    for t in range(T):
        h = torch.relu(x[t] @ w_in.T + h @ w_h.T)
        logits.append(h @ w_out.T)
    loss = torch.nn.functional.cross_entropy(torch.stack(logits).reshape(T * B, O), y.reshape(T * B))
    opt.zero_grad()
    loss.backward()
    opt.step()


for _ in range(10):
    step()
times = []
for _ in range(5):
    start = time.perf_counter()
    for _ in range(iters):
        step()
    times.append((time.perf_counter() - start) / iters * 1e3)
times.sort()
print(f"torch {torch.__version__} N {n} threads {threads}: {times[2]:.2f} ms/step "
      f"(median of 5 x {iters}; min {times[0]:.2f}, max {times[-1]:.2f})")
