package org.icsse.governance.web.pages.admin;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.audit.AuditTrail;
import org.icsse.governance.domain.audit.AuditChain;
import org.icsse.governance.web.faces.Messages;

/** admin/audit.xhtml: the audit log newest first, and a check of its hash chain. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    @Inject
    Messages messages;

    private AuditLazyModel entries;
    private String verdict;
    private boolean intact;

    @PostConstruct
    void init() {
        entries = new AuditLazyModel(trail);
    }

    /** Recomputes the chain and says whether it holds, or where and why it breaks. */
    public void verify() {
        AuditTrail.ChainReport report = trail.verify();
        intact = report.intact();
        if (intact) {
            verdict = messages.text("audit.intact", report.intactEntries());
        } else {
            AuditChain.Break broken = report.firstBreak().orElseThrow();
            verdict = messages.text("audit.broken", broken.sequence(), messages.text("audit.reason." + broken.reason().name()),
                    report.intactEntries());
        }
    }

    public AuditLazyModel getEntries() {
        return entries;
    }

    public String getVerdict() {
        return verdict;
    }

    public boolean isIntact() {
        return intact;
    }

    public boolean isVerified() {
        return verdict != null;
    }
}
