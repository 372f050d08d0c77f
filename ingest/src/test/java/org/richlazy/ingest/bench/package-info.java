/**
 * Main-method benchmarks that print figures; run by hand (see {@code docs/formats.md}), never by
 * the test suite, and never asserted on.
 */
package org.richlazy.ingest.bench;
