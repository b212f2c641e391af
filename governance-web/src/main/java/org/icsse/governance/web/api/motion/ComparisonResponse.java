package org.icsse.governance.web.api.motion;

import java.util.List;

import org.icsse.governance.application.motion.VersionComparison;
import org.icsse.governance.application.text.DiffLine;

/**
 * Two versions of a motion side by side, row by row: {@code change} is UNCHANGED, CHANGED, INSERTED or
 * DELETED; {@code oldHtml} and {@code newHtml} are escaped text with the differing words in {@code <del>}
 * and {@code <ins>}.
 */
public record ComparisonResponse(int from, int to, List<Row> title, List<Row> text) {

    static ComparisonResponse of(VersionComparison comparison) {
        return new ComparisonResponse(comparison.from(), comparison.to(), rows(comparison.title()), rows(comparison.text()));
    }

    private static List<Row> rows(List<DiffLine> lines) {
        return lines.stream().map(l -> new Row(l.change().name(), l.oldHtml(), l.newHtml())).toList();
    }

    /** One row of the comparison. */
    public record Row(String change, String oldHtml, String newHtml) {
    }
}
