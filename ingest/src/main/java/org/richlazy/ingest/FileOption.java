package org.richlazy.ingest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an option component that names a file (or a list of files), so that {@link IngestOptions#withFiles}
 * resolves it, e.g. against the config's folder (docs/config.md).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface FileOption {
}
