package org.icsse.governance.web.api;

import java.util.ArrayList;
import java.util.List;

import org.icsse.governance.domain.shared.InvalidValueException;
import org.icsse.governance.domain.shared.NotFoundException;

/** Reads the string ids of the API as the numbers the services use; for every resource. */
public final class Ids {

    private Ids() {
    }

    /** The id in a path: one that is not a number names nothing, so it is not found. */
    public static long path(String kind, String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException(kind, id);
        }
    }

    /** An optional id in a request body: {@code null} stays {@code null}; one that is not a number is an invalid value. */
    public static Long field(String field, String kind, String id) {
        if (id == null) {
            return null;
        }
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "notFound", kind, id);
        }
    }

    /** A list of ids in a request body, each as {@link #field}; {@code null} stays {@code null}. */
    public static List<Long> fields(String field, String kind, List<String> ids) {
        if (ids == null) {
            return null;
        }
        List<Long> numbers = new ArrayList<>(ids.size());
        for (String id : ids) {
            numbers.add(id == null ? null : field(field, kind, id));
        }
        return numbers;
    }

    /** The string form of an id in a response. */
    public static String text(Long id) {
        return id == null ? null : id.toString();
    }
}
