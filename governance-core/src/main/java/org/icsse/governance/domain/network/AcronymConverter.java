package org.icsse.governance.domain.network;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link Acronym} as its text. */
@Converter
public class AcronymConverter implements AttributeConverter<Acronym, String> {

    @Override
    public String convertToDatabaseColumn(Acronym acronym) {
        return acronym == null ? null : acronym.value();
    }

    @Override
    public Acronym convertToEntityAttribute(String value) {
        return value == null ? null : new Acronym(value);
    }
}
