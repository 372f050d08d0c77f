package org.richlazy.train;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * The JSON form of {@link RunResult}: standard JSON, so Python's {@code json} module, pandas and
 * browsers read it. A non-finite double (NaN, infinity) is written as {@code null} and read back as NaN.
 */
final class RunJson {
    static final ObjectMapper MAPPER = create();

    private RunJson() {
    }

    private static ObjectMapper create() {
        SimpleModule module = new SimpleModule("non-finite-as-null");
        module.addSerializer(Double.class, new FiniteOrNull());
        module.addSerializer(Double.TYPE, new FiniteOrNull());
        module.addDeserializer(Double.class, new NullAsNaN());
        module.addDeserializer(Double.TYPE, new NullAsNaN());
        return new ObjectMapper().registerModule(module).enable(SerializationFeature.INDENT_OUTPUT);
    }

    private static final class FiniteOrNull extends StdSerializer<Double> {
        FiniteOrNull() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (Double.isFinite(value)) {
                gen.writeNumber(value);
            } else {
                gen.writeNull();
            }
        }
    }

    private static final class NullAsNaN extends StdDeserializer<Double> {
        NullAsNaN() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return p.getDoubleValue();
        }

        @Override
        public Double getNullValue(DeserializationContext ctxt) {
            return Double.NaN;
        }
    }
}
