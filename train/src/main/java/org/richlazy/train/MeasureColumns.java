package org.richlazy.train;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** The column names of {@link Measures} in the CSV files, in the order of the record. */
final class MeasureColumns {
    /** One CSV column: its name and the component it holds. */
    record Column(String name, ToDoubleFunction<Measures> value) {
    }

    static final List<Column> ALL = List.of(
            new Column("weight_change", Measures::weightChange),
            new Column("relative_weight_change", Measures::relativeWeightChange),
            new Column("representation_alignment", Measures::representationAlignment),
            new Column("kernel_alignment", Measures::kernelAlignment),
            new Column("sign_similarity", Measures::signSimilarity),
            new Column("kernel_target_alignment", Measures::kernelTargetAlignment),
            new Column("centered_kernel_alignment", Measures::centeredKernelAlignment),
            new Column("centered_representation_alignment", Measures::centeredRepresentationAlignment),
            new Column("linear_cka", Measures::linearCka),
            new Column("kernel_target_alignment_standard", Measures::kernelTargetAlignmentStandard),
            new Column("kernel_distance", Measures::kernelDistance),
            new Column("kernel_velocity", Measures::kernelVelocity),
            new Column("linearized_gap", Measures::linearizedGap));

    private MeasureColumns() {
    }

    static List<String> names() {
        return ALL.stream().map(Column::name).toList();
    }

    static List<Object> values(Measures m) {
        return ALL.stream().map(c -> (Object) c.value().applyAsDouble(m)).toList();
    }
}
