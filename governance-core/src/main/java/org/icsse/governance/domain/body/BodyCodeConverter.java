package org.icsse.governance.domain.body;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link BodyCode} as its text. */
@Converter
public class BodyCodeConverter implements AttributeConverter<BodyCode, String> {

    @Override
    public String convertToDatabaseColumn(BodyCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public BodyCode convertToEntityAttribute(String value) {
        return value == null ? null : new BodyCode(value);
    }
}
