package org.richlazy.ingest.neuroml;

import java.nio.file.Path;
import java.util.Locale;
import org.richlazy.ingest.ConnectivityReader;
import org.richlazy.ingest.Ingested;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.hdf5.H5File;

/**
 * NeuroML2 networks (docs/formats.md#neuroml-neuroml2-networks): in HDF5 ({@link NeuromlHdf5}, detected by
 * {@code /neuroml/network}) or in XML ({@link NeuromlXml}, {@code .nml} files), assembled into one matrix
 * ({@link NetworkAssembly}). Orientation: the presynaptic cell of a connection is the source, stored
 * {@code W[post][pre]}.
 */
public final class NeuromlReader implements ConnectivityReader<NeuromlOptions> {
    /** Format name. */
    public static final String FORMAT = "neuroml";
    /** The orientation the provenance states. */
    static final String ORIENTATION = "pre cell = presynaptic, post cell = postsynaptic; stored W[post][pre]";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Class<NeuromlOptions> optionsType() {
        return NeuromlOptions.class;
    }

    /** Whether the open HDF5 file holds a NeuroML2 network. */
    public static boolean isNetwork(H5File h5) {
        return h5.exists(NeuromlHdf5.NETWORK);
    }

    /** Whether {@code name} is a NeuroML2 XML file name ({@code .nml}). */
    public static boolean isXmlName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".nml");
    }

    @Override
    public Ingested read(Path path, NeuromlOptions options, LimitOptions limits) {
        String unit = options.weightUnit() != null ? options.weightUnit() : "connections (or their weights)";
        return new Ingested.Matrix(H5File.isHdf5(path)
                ? H5File.guarded(path, () -> NeuromlHdf5.read(path, unit, options.electrical(), limits))
                : NeuromlXml.read(path, unit, options.electrical(), limits));
    }
}
