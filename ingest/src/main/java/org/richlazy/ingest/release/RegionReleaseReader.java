package org.richlazy.ingest.release;

import java.util.List;

/** A release whose edge rows name a region, so that option {@code neuropil} keeps some rows: FlyWire and neuPrint. */
abstract class RegionReleaseReader extends ReleaseReader<RegionReleaseOptions> {
    @Override
    public final Class<RegionReleaseOptions> optionsType() {
        return RegionReleaseOptions.class;
    }

    @Override
    final ReleaseOptions release(RegionReleaseOptions options) {
        return options.release();
    }

    @Override
    final List<String> neuropil(RegionReleaseOptions options) {
        return options.neuropil();
    }
}
