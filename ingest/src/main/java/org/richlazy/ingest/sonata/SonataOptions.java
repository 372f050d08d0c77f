package org.richlazy.ingest.sonata;

import java.util.Locale;
import org.richlazy.ingest.OptionWord;

/**
 * The options of format {@code sonata} (docs/formats.md#sonata-sonata-networks); every component nullable, null meaning the default.
 *
 * @param property       the weight rule: {@code syn_weight} (default), {@code nsyns} or {@code syn_weight*nsyns}
 * @param signRule       {@code auto} (default: as given when any weight is negative, else signed by the source node
 *                       type's {@code ei}), {@code as-given} or {@code source-ei}
 * @param nodePopulation the node population; null = the only one
 * @param edgePopulation the edge population; null = the only one
 * @param weightUnit     a unit that replaces the recorded one
 */
public record SonataOptions(WeightRule property, SignRule signRule, String nodePopulation, String edgePopulation,
                            String weightUnit) {
    /** Option {@code property} of SONATA: an edge's weight. */
    public enum WeightRule implements OptionWord {
        SYN_WEIGHT, NSYNS, SYN_WEIGHT_TIMES_NSYNS;

        @Override
        public String word() {
            return this == SYN_WEIGHT_TIMES_NSYNS ? "syn_weight*nsyns" : name().toLowerCase(Locale.ROOT);
        }
    }

    /** Option {@code sign-rule}: where the weights' signs come from. */
    public enum SignRule implements OptionWord {
        AUTO, AS_GIVEN, SOURCE_EI
    }
}
