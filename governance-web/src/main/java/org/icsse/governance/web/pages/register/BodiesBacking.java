package org.icsse.governance.web.pages.register;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.icsse.governance.application.register.BodyForm;
import org.icsse.governance.application.register.BodyRegister;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.body.Body;
import org.icsse.governance.domain.body.BodyRules;
import org.icsse.governance.domain.body.MajorityRule;
import org.icsse.governance.web.faces.FieldErrors;
import org.icsse.governance.web.faces.Forms;
import org.icsse.governance.web.faces.Messages;
import org.icsse.governance.web.faces.NetworkChoices;

/** register/bodies.xhtml: the governing bodies, and for the secretariat an editor of their members and rules. */
@Named
@ViewScoped
public class BodiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> FIELDS = List.of("name", "code", "networkIds", "quorum.networksPercent",
            "quorum.weightPercent", "majority", "secondsRequired", "proxyCap");

    @Inject
    BodyRegister register;

    @Inject
    NetworkChoices networkChoices;

    @Inject
    SecurityContext security;

    @Inject
    Messages messages;

    @Inject
    Forms forms;

    private List<BodyRow> bodies;
    private boolean editor;
    private List<SelectItem> majorityOptions;

    private Long editedId;
    private String name;
    private String code;
    private List<String> members = new ArrayList<>();
    private Integer quorumNetworksPercent;
    private Integer quorumWeightPercent;
    private String majority;
    private Integer secondsRequired;
    private Integer proxyCap;
    private final FieldErrors errors = new FieldErrors();

    @PostConstruct
    void init() {
        editor = security.isCallerInRole(Role.SECRETARIAT.name()) || security.isCallerInRole(Role.ADMIN.name());
        majorityOptions = messages.options("majority", EnumSet.allOf(MajorityRule.class));
        reload();
        startCreate();
    }

    private void reload() {
        bodies = register.list().stream().map(BodyRow::new).toList();
    }

    /** Empties the editor for a new body, with the default rules. */
    public void startCreate() {
        errors.clear();
        BodyRules rules = BodyRules.DEFAULT;
        editedId = null;
        name = null;
        code = null;
        members = new ArrayList<>();
        quorumNetworksPercent = rules.quorum().networks().value();
        quorumWeightPercent = rules.quorum().weight().value();
        majority = rules.majority().name();
        secondsRequired = rules.secondsRequired();
        proxyCap = rules.proxyCap();
    }

    public void startEdit(long id) {
        errors.clear();
        Body body = register.get(id);
        BodyRules rules = body.rules();
        editedId = body.id();
        name = body.name();
        code = body.code().value();
        members = new ArrayList<>(body.members().stream().map(n -> n.acronym().value()).sorted().toList());
        quorumNetworksPercent = rules.quorum().networks().value();
        quorumWeightPercent = rules.quorum().weight().value();
        majority = rules.majority().name();
        secondsRequired = rules.secondsRequired();
        proxyCap = rules.proxyCap();
    }

    public void save() {
        boolean creating = editedId == null;
        BodyForm form = new BodyForm(name, code, networkChoices.idsOf(members), quorumNetworksPercent, quorumWeightPercent,
                majority, secondsRequired, proxyCap);
        if (forms.submit(errors, FIELDS, () -> creating ? register.create(form) : register.update(editedId, form))) {
            messages.info(creating ? "bodies.created" : "bodies.updated", code);
            reload();
        }
    }

    /** Suggestions for the member networks field. */
    public List<String> completeNetwork(String text) {
        return networkChoices.complete(text);
    }

    public List<BodyRow> getBodies() {
        return bodies;
    }

    public boolean isEditor() {
        return editor;
    }

    public boolean isCreating() {
        return editedId == null;
    }

    public List<SelectItem> getMajorityOptions() {
        return majorityOptions;
    }

    public FieldErrors getErrors() {
        return errors;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(List<String> members) {
        this.members = members == null ? new ArrayList<>() : new ArrayList<>(members);
    }

    public Integer getQuorumNetworksPercent() {
        return quorumNetworksPercent;
    }

    public void setQuorumNetworksPercent(Integer quorumNetworksPercent) {
        this.quorumNetworksPercent = quorumNetworksPercent;
    }

    public Integer getQuorumWeightPercent() {
        return quorumWeightPercent;
    }

    public void setQuorumWeightPercent(Integer quorumWeightPercent) {
        this.quorumWeightPercent = quorumWeightPercent;
    }

    public String getMajority() {
        return majority;
    }

    public void setMajority(String majority) {
        this.majority = majority;
    }

    public Integer getSecondsRequired() {
        return secondsRequired;
    }

    public void setSecondsRequired(Integer secondsRequired) {
        this.secondsRequired = secondsRequired;
    }

    public Integer getProxyCap() {
        return proxyCap;
    }

    public void setProxyCap(Integer proxyCap) {
        this.proxyCap = proxyCap;
    }
}
