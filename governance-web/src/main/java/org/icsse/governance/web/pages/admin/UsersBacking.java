package org.icsse.governance.web.pages.admin;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.account.AccountForm;
import org.icsse.governance.application.account.AccountRegister;
import org.icsse.governance.domain.account.Language;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.account.UserAccount;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.web.faces.FieldErrors;
import org.icsse.governance.web.faces.Forms;
import org.icsse.governance.web.faces.Messages;
import org.icsse.governance.web.faces.NetworkChoices;

/** admin/users.xhtml: the accounts, an editor to open or change one, and unlocking a locked account. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> FIELDS = List.of("username", "password", "displayName", "email", "language",
            "timeZone", "roles", "networkId");

    @Inject
    AccountRegister accounts;

    @Inject
    NetworkChoices networkChoices;

    @Inject
    Messages messages;

    @Inject
    Forms forms;

    @Inject
    Clock clock;

    private List<AccountRow> rows;
    private List<SelectItem> languageOptions;
    private List<SelectItem> roleOptions;
    private List<String> zoneOptions;

    private Long editedId;
    private String username;
    private String password;
    private String displayName;
    private String email;
    private String language;
    private String timeZone;
    private List<String> roles = new ArrayList<>();
    private String network;
    private final FieldErrors errors = new FieldErrors();

    @PostConstruct
    void init() {
        languageOptions = messages.options("language", EnumSet.allOf(Language.class));
        roleOptions = messages.options("role", EnumSet.allOf(Role.class));
        zoneOptions = ZoneId.getAvailableZoneIds().stream().sorted().toList();
        reload();
        startCreate();
    }

    private void reload() {
        Instant now = Instant.now(clock);
        rows = accounts.list().stream().map(account -> new AccountRow(account, now)).toList();
    }

    public void startCreate() {
        errors.clear();
        editedId = null;
        username = null;
        password = null;
        displayName = null;
        email = null;
        language = Language.EN.name();
        timeZone = "UTC";
        roles = new ArrayList<>(List.of(Role.DELEGATE.name()));
        network = null;
    }

    public void startEdit(long id) {
        errors.clear();
        UserAccount account = accounts.get(id);
        editedId = account.id();
        username = account.username().value();
        password = null;
        displayName = account.displayName();
        email = account.email().value();
        language = account.language().name();
        timeZone = account.timeZone().getId();
        roles = new ArrayList<>(account.roles().stream().sorted().map(Enum::name).toList());
        network = account.network().map(n -> n.acronym().value()).orElse(null);
    }

    public void save() {
        boolean creating = editedId == null;
        AccountForm form = new AccountForm(creating ? username : null, password, displayName, email, language, timeZone,
                roles, networkChoices.idOf(network));
        if (forms.submit(errors, FIELDS, () -> creating ? accounts.open(form) : accounts.update(editedId, form))) {
            messages.info(creating ? "users.created" : "users.updated", username);
            password = null;
            reload();
        }
    }

    public void unlock(long id) {
        try {
            UserAccount account = accounts.unlock(id);
            messages.info("users.unlocked", account.username().value());
        } catch (DomainException refused) {
            messages.error(refused);
        }
        reload();
    }

    public List<String> completeNetwork(String text) {
        return networkChoices.complete(text);
    }

    public List<AccountRow> getRows() {
        return rows;
    }

    public List<SelectItem> getLanguageOptions() {
        return languageOptions;
    }

    public List<SelectItem> getRoleOptions() {
        return roleOptions;
    }

    public List<String> getZoneOptions() {
        return zoneOptions;
    }

    public boolean isCreating() {
        return editedId == null;
    }

    /** "Password" for a new account, "New password (leave empty to keep it)" for an existing one. */
    public String getPasswordLabel() {
        return messages.text(isCreating() ? "user.password" : "user.passwordReset");
    }

    public FieldErrors getErrors() {
        return errors;
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

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }
}
