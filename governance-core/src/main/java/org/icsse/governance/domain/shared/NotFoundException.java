package org.icsse.governance.domain.shared;

/** Nothing of that kind has that id. */
public class NotFoundException extends DomainException {

    public NotFoundException(String kind, Object id) {
        super("notFound", kind, String.valueOf(id));
    }
}
