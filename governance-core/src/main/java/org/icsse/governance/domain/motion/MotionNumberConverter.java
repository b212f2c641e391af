package org.icsse.governance.domain.motion;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link MotionNumber} in its one spelling, {@code GA-2026-007}. */
@Converter
public class MotionNumberConverter implements AttributeConverter<MotionNumber, String> {

    @Override
    public String convertToDatabaseColumn(MotionNumber number) {
        return number == null ? null : number.toString();
    }

    @Override
    public MotionNumber convertToEntityAttribute(String value) {
        return value == null ? null : MotionNumber.parse(value);
    }
}
