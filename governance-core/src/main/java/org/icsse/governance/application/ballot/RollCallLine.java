package org.icsse.governance.application.ballot;

import org.icsse.governance.application.motion.NetworkRef;
import org.icsse.governance.domain.ballot.Choice;

/** One network of a closed named ballot's electorate: its weight and its choice ({@code null}: did not vote). */
public record RollCallLine(NetworkRef network, int weight, Choice choice) {
}
