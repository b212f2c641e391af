package org.icsse.governance.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.icsse.governance.application.account.AccountRegister;
import org.icsse.governance.application.account.LoginOutcome;
import org.icsse.governance.web.faces.Messages;
import org.icsse.governance.web.faces.UserSession;
import org.icsse.governance.web.security.GovernanceAuthenticationMechanism;

/** The login page: hands the credentials to Jakarta Security and explains a refusal. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    AccountRegister accounts;

    @Inject
    UserSession session;

    @Inject
    Messages messages;

    private String username;
    private String password;

    public String login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, new Password(password == null ? "" : password))));
        if (status == AuthenticationStatus.SUCCESS) {
            session.signIn(accounts.own());
            return "/index.xhtml?faces-redirect=true";
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        if (request.getAttribute(GovernanceAuthenticationMechanism.LOGIN_OUTCOME) instanceof LoginOutcome.Locked locked) {
            messages.error("login.locked", messages.instant(locked.until()));
        } else {
            messages.error("login.rejected");
        }
        password = null;
        return null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
