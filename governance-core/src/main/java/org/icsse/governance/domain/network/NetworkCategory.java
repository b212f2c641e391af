package org.icsse.governance.domain.network;

/** The categories of members named by the ICSSE charter. */
public enum NetworkCategory {
    /** A member-based organisation. */
    MEMBER_BASED,
    /** An action or advocacy organisation. */
    ACTION_ADVOCACY,
    /** A network with an international dimension. */
    INTERNATIONAL_NETWORK
}
