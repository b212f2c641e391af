package org.icsse.governance.web.pages.motions;

import jakarta.faces.context.FacesContext;

/** The outcomes of the motion pages, and a message that survives the redirect to them. */
final class MotionNavigation {

    private MotionNavigation() {
    }

    /** The motion page of a motion or amendment, by redirect. */
    static String motionPage(long id) {
        return "/motions/motion.xhtml?faces-redirect=true&id=" + id;
    }

    /** Keeps this request's messages for the page the redirect opens. */
    static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
