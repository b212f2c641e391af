package org.icsse.governance.web.faces;

import java.time.Instant;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Shows an instant in the reader's time zone and language; instants are never typed in, only shown.
 * The texts bean is looked up per call, since Faces creates converters itself.
 */
@FacesConverter("governance.instant")
public class InstantConverter implements Converter<Instant> {

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("instants are shown, not read");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return CDI.current().select(Messages.class).get().instant(value);
    }
}
