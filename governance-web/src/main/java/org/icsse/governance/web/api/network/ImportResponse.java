package org.icsse.governance.web.api.network;

import java.util.List;

/** What a successful CSV import of networks registered: how many, and which; answered to the secretariat. */
public record ImportResponse(int imported, List<NetworkResponse> networks) {
}
