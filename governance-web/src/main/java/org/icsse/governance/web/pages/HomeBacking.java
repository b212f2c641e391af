package org.icsse.governance.web.pages;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.account.AccountRegister;
import org.icsse.governance.domain.account.UserAccount;
import org.icsse.governance.web.faces.Messages;
import org.icsse.governance.web.pages.minutes.MinutesRow;
import org.icsse.governance.web.pages.minutes.MinutesRows;

/**
 * The home page: who the signed-in person is, with their roles and, for a delegate, their network and the
 * minutes circulated for their comments.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    AccountRegister accounts;

    @Inject
    Messages messages;

    @Inject
    MinutesRows minutesRows;

    private String username;
    private String displayName;
    private List<String> roles;
    private String network;
    private List<MinutesRow> minutesForComment = List.of();

    @PostConstruct
    void load() {
        UserAccount own = accounts.own();
        username = own.username().value();
        displayName = own.displayName();
        roles = own.roles().stream().sorted().map(role -> messages.text("role." + role.name())).toList();
        network = own.network().map(n -> n.name() + " (" + n.acronym().value() + ")").orElse(null);
        own.network().ifPresent(n -> minutesForComment = minutesRows.circulatedFor(n.id()));
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRoles() {
        return String.join(", ", roles);
    }

    public String getNetwork() {
        return network;
    }

    public boolean isDelegate() {
        return network != null;
    }

    /** Minutes of the delegate's bodies circulated for comments. */
    public List<MinutesRow> getMinutesForComment() {
        return minutesForComment;
    }
}
