package org.icsse.governance.web.api.meeting;

/** The network that is to hold the caller's network's proxy, for {@code PUT /meetings/{id}/proxy}. */
public record ProxyRequest(String holderNetworkId) {
}
