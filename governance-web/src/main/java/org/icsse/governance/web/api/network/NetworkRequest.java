package org.icsse.governance.web.api.network;

import org.icsse.governance.application.register.NetworkForm;

/**
 * A network as a client sends it to {@code POST /networks} (status defaults to MEMBER) or
 * {@code PATCH /networks/{id}} (an absent field stays as it is); sent by the secretariat.
 */
public record NetworkRequest(String name, String acronym, String region, String category, Integer weight, String status) {

    public NetworkForm toForm() {
        return new NetworkForm(name, acronym, region, category, weight, status);
    }
}
