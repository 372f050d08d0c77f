package org.richlazy.ingest.formats;

import blue.strategic.parquet.ParquetWriter;
import com.google.inject.Guice;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.compression.CompressionUtil;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Types;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestOptions;
import org.richlazy.ingest.Ingested;
import org.richlazy.transform.InitSet;
import org.richlazy.transform.SelectionRule;
import org.richlazy.transform.Transform;
import org.richlazy.transform.TransformSpec;
import org.richlazy.transform.baseline.BaselineModule;

/**
 * The scale check of the release readers: a synthetic FlyWire v783-sized release (139,255 neurons,
 * 16,800,000 connection rows of {@code pre_root_id, post_root_id, neuropil, syn_count, nt_type} over 77
 * neuropils, heavy-tailed degrees, drawn from {@code SplittableRandom(783)}) written as the Codex
 * {@code connections.csv.gz} with {@code neurons.csv.gz}, as an LZ4-compressed Feather file (as pandas writes
 * it) and as Parquet; then one full read of one of them, with the node table, and the 300-neuron top-degree
 * selection a run makes, timed, with the peak heap and resident memory. One format per JVM, so that the
 * memory figures are that format's:
 *
 * <pre>
 * java --add-opens=java.base/java.nio=ALL-UNNAMED -Xmx4g -cp ... org.richlazy.ingest.formats.FlyWireScaleBench write DIR
 * java --add-opens=java.base/java.nio=ALL-UNNAMED -Xmx4g -cp ... org.richlazy.ingest.formats.FlyWireScaleBench read DIR csv|feather|parquet
 * </pre>
 */
public final class FlyWireScaleBench {
    static final int NEURONS = 139_255;
    static final int ROWS = 16_800_000;
    private static final long FIRST_ID = 720_575_940_600_000_000L;
    private static final List<String> TRANSMITTERS = List.of("ACH", "ACH", "ACH", "ACH", "GABA", "GLUT", "SER", "DA",
            "OCT", "");

    private FlyWireScaleBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        if (args[0].equals("write")) {
            write(dir);
            return;
        }
        Path edges = dir.resolve(switch (args[1 + 1]) {
            case "csv" -> "connections.csv.gz";
            case "feather" -> "proofread_connections_783.feather";
            case "parquet" -> "connections.parquet";
            default -> throw new IllegalArgumentException("csv, feather or parquet, not " + args[2]);
        });
        IngestOptions options = new com.fasterxml.jackson.databind.ObjectMapper().convertValue(Map.of(
                "format", "flywire", "node-files", List.of(dir.resolve("neurons.csv.gz").toString())), IngestOptions.class);
        Transform transform = Guice.createInjector(new BaselineModule()).getInstance(Transform.class);
        long t0 = System.nanoTime();
        Connectome c = ((Ingested.Matrix) TestReaders.READERS.read(edges, options)).connectome();
        long t1 = System.nanoTime();
        InitSet set = transform.build(new Ingested.Matrix(c), TransformSpec.builder().neurons(300)
                .selection(SelectionRule.TOP_DEGREE).baselines(List.of()).build());
        long t2 = System.nanoTime();
        System.out.printf("%s: read %d neurons, %d edges in %.1f s; top-degree 300 selection and its init in %.1f s "
                + "(%d edges kept); peak heap %.0f MB, peak RSS %s%n", edges.getFileName(), c.size(), c.edgeCount(),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, set.source().edgeCount(), peakHeapMb(), peakRss());
    }

    private static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1048576.0;
    }

    private static String peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "n/a";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM")).map(l -> l.substring(6).strip())
                .findFirst().orElse("n/a");
    }

    /** A row of the synthetic release. */
    private record Row(long pre, long post, String neuropil, long synapses, String transmitter) {
    }

    private static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(783);
        long[] ids = new long[NEURONS];
        for (int i = 0; i < NEURONS; i++) {
            ids[i] = FIRST_ID + 7_919L * i + random.nextInt(7_000);
        }
        try (Writer out = gzip(dir.resolve("neurons.csv.gz"))) {
            out.write("root_id,group,nt_type,nt_type_score\n");
            for (long id : ids) {
                String nt = TRANSMITTERS.get(random.nextInt(TRANSMITTERS.size()));
                out.write(id + ",G" + random.nextInt(5_000) + "," + nt + "," + (nt.isEmpty() ? "" : "0.8") + "\n");
            }
        }
        String[] neuropils = new String[77];
        for (int k = 0; k < neuropils.length; k++) {
            neuropils[k] = "NP" + k + (k % 2 == 0 ? "_L" : "_R");
        }
        MessageType schema = Types.buildMessage()
                .required(PrimitiveType.PrimitiveTypeName.INT64).named("pre_root_id")
                .required(PrimitiveType.PrimitiveTypeName.INT64).named("post_root_id")
                .required(PrimitiveType.PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("neuropil")
                .required(PrimitiveType.PrimitiveTypeName.INT64).named("syn_count")
                .required(PrimitiveType.PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("nt_type")
                .named("connections");
        try (Writer csv = gzip(dir.resolve("connections.csv.gz"));
             ParquetWriter<Row> parquet = ParquetWriter.writeFile(schema, dir.resolve("connections.parquet").toFile(),
                     (row, values) -> {
                         values.write("pre_root_id", row.pre());
                         values.write("post_root_id", row.post());
                         values.write("neuropil", row.neuropil());
                         values.write("syn_count", row.synapses());
                         values.write("nt_type", row.transmitter());
                     });
             FeatherOut feather = new FeatherOut(dir.resolve("proofread_connections_783.feather"))) {
            csv.write("pre_root_id,post_root_id,neuropil,syn_count,nt_type\n");
            for (int r = 0; r < ROWS; r++) {
                Row row = new Row(ids[skewed(random)], ids[skewed(random)], neuropils[random.nextInt(neuropils.length)],
                        1 + (long) (-Math.log(1 - random.nextDouble()) * 3.5), TRANSMITTERS.get(random.nextInt(4)));
                csv.write(row.pre() + "," + row.post() + "," + row.neuropil() + "," + row.synapses() + ","
                        + row.transmitter() + "\n");
                parquet.write(row);
                feather.add(row);
            }
        }
    }

    /** A neuron index with a heavy-tailed frequency (a few hubs, many sparse neurons), spread over the ids. */
    private static int skewed(SplittableRandom random) {
        double u = random.nextDouble();
        int rank = (int) (NEURONS * u * u * u);
        return (int) ((rank * 2_654_435_761L) % NEURONS);
    }

    private static Writer gzip(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
    }

    /** Writes rows as LZ4_FRAME-compressed Arrow IPC record batches of 65,536 rows. */
    private static final class FeatherOut implements AutoCloseable {
        private static final int BATCH = 65_536;
        private final BufferAllocator allocator = new RootAllocator();
        private final FileChannel channel;
        private final VectorSchemaRoot root;
        private final ArrowFileWriter writer;
        private int filled;

        FeatherOut(Path file) throws IOException {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            root = VectorSchemaRoot.of(new BigIntVector("pre_pt_root_id", allocator),
                    new BigIntVector("post_pt_root_id", allocator), new VarCharVector("neuropil", allocator),
                    new BigIntVector("syn_count", allocator), new VarCharVector("nt_type", allocator));
            writer = new ArrowFileWriter(root, null, channel, Map.of(), IpcOption.DEFAULT, ArrowTable.CODECS,
                    CompressionUtil.CodecType.LZ4_FRAME);
            writer.start();
        }

        void add(Row row) throws IOException {
            ((BigIntVector) root.getVector(0)).setSafe(filled, row.pre());
            ((BigIntVector) root.getVector(1)).setSafe(filled, row.post());
            ((VarCharVector) root.getVector(2)).setSafe(filled, row.neuropil().getBytes(StandardCharsets.UTF_8));
            ((BigIntVector) root.getVector(3)).setSafe(filled, row.synapses());
            ((VarCharVector) root.getVector(4)).setSafe(filled, row.transmitter().getBytes(StandardCharsets.UTF_8));
            if (++filled == BATCH) {
                flush();
            }
        }

        private void flush() throws IOException {
            root.setRowCount(filled);
            writer.writeBatch();
            root.allocateNew();
            filled = 0;
        }

        @Override
        public void close() throws IOException {
            if (filled > 0) {
                flush();
            }
            writer.end();
            writer.close();
            root.close();
            allocator.close();
            channel.close();
        }
    }
}
