/**
 * Report: a results folder to one self-contained {@code report.html} that says which
 * connectivity learned richer or lazier, by how much and how sure.
 */
package org.richlazy.report;
