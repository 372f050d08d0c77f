package org.richlazy.transform;

/** The signs of the studied matrix ({@code transform.signs}; {@link SignRule}). */
public enum Signs implements ConfigWord {
    AS_INGESTED, DALE
}
