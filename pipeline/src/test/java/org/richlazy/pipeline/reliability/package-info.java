/** Sweeps that survive crashes: resume after SIGKILL, atomic outputs, determinism across workers. */
package org.richlazy.pipeline.reliability;
