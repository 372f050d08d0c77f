/** The {@code richlazy} command line: picocli commands created through Guice. */
package org.richlazy.pipeline.cli;
