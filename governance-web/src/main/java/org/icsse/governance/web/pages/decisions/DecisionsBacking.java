package org.icsse.governance.web.pages.decisions;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.icsse.governance.application.ballot.DecisionService;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.web.faces.Messages;

/**
 * decisions.xhtml: the decisions register, open to everyone (signed in or not): searched by body, year and
 * text, shown a page at a time with the text of each decision; signed-in readers also reach the ballot that
 * made it. Instants are in the reader's zone (UTC for an anonymous reader).
 */
@Named
@ViewScoped
public class DecisionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionService service;

    @Inject
    SecurityContext security;

    @Inject
    Messages messages;

    private Long bodyId;
    private Integer year;
    private String text;
    private List<SelectItem> bodyOptions = List.of();
    private boolean signedIn;
    private DecisionLazyModel decisions;

    /** The view action: the bodies to search by, and the register as the parameters ask. */
    public void load() {
        signedIn = security.getCallerPrincipal() != null;
        try {
            bodyOptions = service.bodies().stream()
                    .map(b -> new SelectItem(b.id(), b.code() + " - " + b.name())).toList();
            search();
        } catch (DomainException refusal) {
            // the coalition keeps its register for signed-in readers: say so instead of an error page
            decisions = null;
            messages.error(refusal);
        }
    }

    /** Searches the register by the fields typed. */
    public void search() {
        decisions = new DecisionLazyModel(service, bodyId, year, text);
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<SelectItem> getBodyOptions() {
        return bodyOptions;
    }

    /** Signed-in readers may open the ballot behind a decision. */
    public boolean isSignedIn() {
        return signedIn;
    }

    public boolean isReadable() {
        return decisions != null;
    }

    public DecisionLazyModel getDecisions() {
        return decisions;
    }
}
