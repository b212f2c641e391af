package org.icsse.governance.application.ballot;

/**
 * A ballot as the chair or the secretariat asks for it. Rules left {@code null} are the body's; a
 * {@code closesAt} (an ISO-8601 instant) makes it a remote ballot closed at that deadline, without one the
 * ballot is taken in the meeting now sitting on the motion.
 */
public record BallotForm(Long motionId, String majority, Boolean doubleMajority, Integer quorumNetworksPercent,
        Integer quorumWeightPercent, Boolean secret, String closesAt) {
}
