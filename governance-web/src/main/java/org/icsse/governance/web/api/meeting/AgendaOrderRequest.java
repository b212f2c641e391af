package org.icsse.governance.web.api.meeting;

import java.util.List;

/** The agenda's new order for {@code PUT /meetings/{id}/agenda/order}: every item id exactly once. */
public record AgendaOrderRequest(List<String> itemIds) {
}
