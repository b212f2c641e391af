package org.icsse.governance.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;

import org.junit.jupiter.params.provider.Arguments;

/**
 * The exhaustive test of a status workflow, shared by the status enums' tests: every ordered pair of
 * statuses, checked against a table of the allowed changes written out in the test (stateless).
 */
public final class Transitions {

    private Transitions() {
    }

    /** Every ordered pair of the enum's statuses, with whether {@code allowed} lists it. */
    public static <S extends Enum<S>> List<Arguments> everyPair(Class<S> type, Set<List<S>> allowed) {
        List<Arguments> pairs = new ArrayList<>();
        for (S from : type.getEnumConstants()) {
            for (S to : type.getEnumConstants()) {
                pairs.add(Arguments.of(from, to, allowed.contains(List.of(from, to))));
            }
        }
        return pairs;
    }

    /**
     * The change is possible exactly when allowed: {@code canBecome} says so, and {@code transitionTo}
     * returns the target or refuses with the typed, translated refusal naming both statuses.
     */
    public static <S extends Enum<S>> void assertTransition(S from, S to, boolean allowed, BiPredicate<S, S> canBecome,
            BinaryOperator<S> transitionTo) {
        assertThat(canBecome.test(from, to)).isEqualTo(allowed);
        if (allowed) {
            assertThat(transitionTo.apply(from, to)).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> transitionTo.apply(from, to))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("transition.illegal");
                        assertThat(e.arguments()).containsExactly(from.name(), to.name());
                        assertThat(e.field()).isEqualTo("status");
                        assertThat(e.getMessage()).isEqualTo("The status cannot change from " + from + " to " + to + ".");
                    });
        }
    }
}
