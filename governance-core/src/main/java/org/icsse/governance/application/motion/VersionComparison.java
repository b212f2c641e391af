package org.icsse.governance.application.motion;

import java.util.List;

import org.icsse.governance.application.text.DiffLine;

/** Two versions of a motion side by side: the title and the text, line by line, changes marked. */
public record VersionComparison(int from, int to, List<DiffLine> title,
        List<DiffLine> text) {
}
