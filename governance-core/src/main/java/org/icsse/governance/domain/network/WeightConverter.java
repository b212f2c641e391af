package org.icsse.governance.domain.network;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Weight} as its whole number. */
@Converter
public class WeightConverter implements AttributeConverter<Weight, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Weight weight) {
        return weight == null ? null : weight.value();
    }

    @Override
    public Weight convertToEntityAttribute(Integer value) {
        return value == null ? null : new Weight(value);
    }
}
