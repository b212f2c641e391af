package org.icsse.governance.web.download;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.icsse.governance.domain.shared.AccessDeniedException;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.domain.shared.NotFoundException;

/** Writes a generated file, or the status that says why there is none; never a stack trace. */
public final class Downloads {

    private static final String PAGES_BUNDLE = "org.icsse.governance.web.i18n.messages";

    private Downloads() {
    }

    /** The id in a query parameter, or {@code null} when it is missing or not a number. */
    static Long id(HttpServletRequest request, String parameter) {
        String value = request.getParameter(parameter);
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The coalition's name in the reader's language, as the pages show it. */
    public static String coalition(Locale locale) {
        return ResourceBundle.getBundle(PAGES_BUNDLE, locale, Downloads.class.getClassLoader()).getString("app.coalition");
    }

    /**
     * Sends the file {@code content} makes, as an attachment named {@code fileName}; a refusal of the
     * application becomes 404 (unknown or not visible), 403 (not allowed) or 409 (not possible now).
     */
    static void send(HttpServletResponse response, String mediaType, String fileName, Supplier<byte[]> content)
            throws IOException {
        byte[] bytes;
        try {
            bytes = content.get();
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        response.setContentType(mediaType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
