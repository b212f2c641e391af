package org.icsse.governance.application.register;

/**
 * A network as typed by a person or sent to the API: raw values, checked by {@link NetworkRegister}
 * against the domain's rules. In an update, a {@code null} value leaves the field as it is.
 */
public record NetworkForm(String name, String acronym, String region, String category, Integer weight, String status) {
}
