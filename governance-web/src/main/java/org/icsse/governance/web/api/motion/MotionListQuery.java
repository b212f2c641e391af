package org.icsse.governance.web.api.motion;

import java.util.Locale;

import org.icsse.governance.domain.motion.MotionQuery;
import org.icsse.governance.domain.motion.MotionStatus;
import org.icsse.governance.domain.shared.Texts;
import org.icsse.governance.domain.shared.Violations;
import org.icsse.governance.web.api.Ids;
import org.icsse.governance.web.api.Paging;
import org.icsse.governance.web.api.SearchText;

/**
 * Reads the query parameters of {@code GET /motions} into the motions query, reporting every bad parameter
 * at once (422); for the motion resource. The reader's network is set by the service, not here.
 */
final class MotionListQuery {

    static final int DEFAULT_LIMIT = 100;

    private MotionListQuery() {
    }

    static MotionQuery parse(String bodyId, String status, String q, String sort, String offset, String limit) {
        Violations violations = new Violations();
        Long body = violations.check(() -> Ids.field("bodyId", "body", blankToNull(bodyId)));
        MotionStatus byStatus = blankToNull(status) == null ? null
                : violations.check(() -> Texts.requireEnum("status", MotionStatus.class, status.strip().toUpperCase(Locale.ROOT)));
        String order = blankToNull(sort);
        boolean descending = order != null && order.strip().startsWith("-");
        MotionQuery.SortField sortField = order == null ? MotionQuery.SortField.NUMBER
                : violations.check(() -> Texts.requireEnum("sort", MotionQuery.SortField.class,
                        (descending ? order.strip().substring(1) : order.strip()).toUpperCase(Locale.ROOT)));
        String text = violations.check(() -> SearchText.of(q));
        Integer from = violations.check(() -> Paging.offset(offset));
        Integer size = violations.check(() -> Paging.limit(limit, DEFAULT_LIMIT, MotionQuery.MAX_LIMIT));
        violations.throwIfAny();
        return new MotionQuery(body, byStatus, text, null, sortField, !descending, from, size);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
