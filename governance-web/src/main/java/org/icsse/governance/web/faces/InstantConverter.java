package org.icsse.governance.web.faces;

import java.time.Instant;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** Shows an instant in the reader's time zone and language; instants are never typed in, only shown. */
@FacesConverter(value = "governance.instant", managed = true)
public class InstantConverter implements Converter<Instant> {

    @Inject
    Messages messages;

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("instants are shown, not read");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return messages.instant(value);
    }
}
