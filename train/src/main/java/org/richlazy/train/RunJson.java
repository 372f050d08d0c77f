package org.richlazy.train;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.File;
import java.io.IOException;

/**
 * The JSON form of {@link RunResult}: standard JSON, so Python's {@code json} module, pandas and
 * browsers read it. A non-finite double (NaN, infinity) is written as {@code null} and read back as NaN.
 */
final class RunJson {
    static final ObjectMapper MAPPER = create();
    /** The precision of a run recorded before result.json had one: float64, the only arithmetic then. */
    static final Precision PRECISION_BEFORE_OPTION = Precision.FLOAT64;

    private RunJson() {
    }

    /**
     * The run a result.json holds, written by this version or an earlier one. A component recorded after the file was
     * written is absent from it and read as what it was then: {@code precision}
     * {@link #PRECISION_BEFORE_OPTION float64}; {@code change}, {@code lyapunov}, {@code constraints} (unconstrained),
     * {@code stop}, {@code linearized}, {@code heldOut} and {@code activity} null.
     *
     * @throws IOException when the file cannot be read or is not a run's JSON object
     */
    static RunResult read(File json) throws IOException {
        if (!(MAPPER.readTree(json) instanceof ObjectNode run)) {
            throw new IOException("not a JSON object");
        }
        if (!run.hasNonNull("precision")) {
            run.put("precision", PRECISION_BEFORE_OPTION.word());
        }
        return MAPPER.treeToValue(run, RunResult.class);
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
