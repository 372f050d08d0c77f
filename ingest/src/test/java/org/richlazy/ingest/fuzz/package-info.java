/** A seeded fuzz harness that damages the shared lab files and checks every reader fails typed. */
package org.richlazy.ingest.fuzz;
