package org.richlazy.pipeline.config;

/** A config file that cannot be used: what is wrong and where (file, line, key path). */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    public ConfigException(String message) {
        super(message);
    }
}
