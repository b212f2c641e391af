package org.icsse.governance.web.api.network;

import java.util.Locale;

import org.icsse.governance.domain.network.NetworkCategory;
import org.icsse.governance.domain.network.NetworkQuery;
import org.icsse.governance.domain.network.NetworkStatus;
import org.icsse.governance.domain.network.Region;
import org.icsse.governance.domain.shared.Texts;
import org.icsse.governance.domain.shared.Violations;
import org.icsse.governance.web.api.Paging;
import org.icsse.governance.web.api.SearchText;

/**
 * Reads the query parameters of {@code GET /networks} into the register's query, reporting every bad
 * parameter at once (422); for the network resource.
 */
final class NetworkListQuery {

    static final int DEFAULT_LIMIT = 100;

    private NetworkListQuery() {
    }

    static NetworkQuery parse(String q, String region, String category, String status, String sort, String offset, String limit) {
        Violations violations = new Violations();
        Region byRegion = region == null ? null : violations.check(() -> Texts.requireEnum("region", Region.class, region));
        NetworkCategory byCategory = category == null ? null
                : violations.check(() -> Texts.requireEnum("category", NetworkCategory.class, category));
        NetworkStatus byStatus = status == null ? null : violations.check(() -> Texts.requireEnum("status", NetworkStatus.class, status));
        boolean descending = sort != null && sort.startsWith("-");
        NetworkQuery.SortField sortField = sort == null ? NetworkQuery.SortField.ACRONYM
                : violations.check(() -> Texts.requireEnum("sort", NetworkQuery.SortField.class,
                        (descending ? sort.substring(1) : sort).toUpperCase(Locale.ROOT)));
        String text = violations.check(() -> SearchText.of(q));
        Integer from = violations.check(() -> Paging.offset(offset));
        Integer size = violations.check(() -> Paging.limit(limit, DEFAULT_LIMIT, NetworkQuery.MAX_LIMIT));
        violations.throwIfAny();
        return new NetworkQuery(text, byRegion, byCategory, byStatus, sortField, !descending, from, size);
    }
}
