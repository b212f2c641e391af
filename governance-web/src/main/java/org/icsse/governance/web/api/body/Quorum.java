package org.icsse.governance.web.api.body;

/** A body's quorum in the API: the percentages of networks and of weight that must take part. */
public record Quorum(Integer networksPercent, Integer weightPercent) {
}
