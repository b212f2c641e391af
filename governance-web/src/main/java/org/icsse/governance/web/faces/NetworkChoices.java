package org.icsse.governance.web.faces;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.icsse.governance.application.register.NetworkRegister;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.network.NetworkQuery;

/**
 * Networks picked by acronym in an auto-complete field: a few suggestions per keystroke, so that choosing
 * among ten thousand networks never lists them all.
 */
@ApplicationScoped
public class NetworkChoices {

    /** How many suggestions an auto-complete field shows. */
    public static final int SUGGESTIONS = 15;
    /** The id of a network that does not exist: the services refuse it with their own message. */
    private static final long UNKNOWN = -1L;

    @Inject
    NetworkRegister register;

    /** The acronyms of the networks whose name or acronym contains the text. */
    public List<String> complete(String text) {
        return register.search(new NetworkQuery(text, null, null, null, NetworkQuery.SortField.ACRONYM, true, 0, SUGGESTIONS))
                .items().stream().map(network -> network.acronym().value()).toList();
    }

    /** The id of the network with this acronym ({@code null} for no acronym). */
    public Long idOf(String acronym) {
        if (acronym == null || acronym.isBlank()) {
            return null;
        }
        String wanted = acronym.strip();
        return register.search(new NetworkQuery(wanted, null, null, null, NetworkQuery.SortField.ACRONYM, true, 0, NetworkQuery.MAX_LIMIT))
                .items().stream().filter(network -> network.acronym().value().equals(wanted))
                .map(MemberNetwork::id).findFirst().orElse(UNKNOWN);
    }

    public List<Long> idsOf(List<String> acronyms) {
        return acronyms == null ? List.of() : acronyms.stream().map(this::idOf).toList();
    }
}
