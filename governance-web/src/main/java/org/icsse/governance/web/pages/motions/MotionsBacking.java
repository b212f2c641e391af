package org.icsse.governance.web.pages.motions;

import java.io.IOException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.icsse.governance.application.motion.MotionService;
import org.icsse.governance.application.register.BodyRegister;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.motion.MotionStatus;
import org.icsse.governance.web.faces.Messages;

/** motions/list.xhtml: the motions of one body (named in the URL, else the first), page by page. */
@Named
@ViewScoped
public class MotionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MotionService service;

    @Inject
    BodyRegister bodies;

    @Inject
    SecurityContext security;

    @Inject
    Messages messages;

    private Long bodyId;
    private List<SelectItem> bodyOptions;
    private List<SelectItem> statusOptions;
    private MotionLazyModel motions;
    private boolean delegate;

    /** The view action: the body of the URL, else the first one; the choices; the table of its motions. */
    public void load() {
        List<Body> all = bodies.list();
        bodyOptions = all.stream().map(b -> new SelectItem(b.id(), b.code().value() + " - " + b.name())).toList();
        if (bodyId == null || all.stream().noneMatch(b -> b.id().equals(bodyId))) {
            bodyId = all.isEmpty() ? null : all.get(0).id();
        }
        statusOptions = messages.options("motion.status", EnumSet.allOf(MotionStatus.class));
        motions = new MotionLazyModel(service, bodyId);
        delegate = security.isCallerInRole(Role.DELEGATE.name());
    }

    /** Shows the motions of the body just chosen, with the body in the URL. */
    public void changeBody() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/motions/list.xhtml?body=" + bodyId);
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public List<SelectItem> getBodyOptions() {
        return bodyOptions;
    }

    public List<SelectItem> getStatusOptions() {
        return statusOptions;
    }

    public MotionLazyModel getMotions() {
        return motions;
    }

    /** Delegates draft motions. */
    public boolean isDelegate() {
        return delegate && bodyId != null;
    }
}
