package org.icsse.governance.web.pages.register;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.icsse.governance.application.register.NetworkForm;
import org.icsse.governance.application.register.NetworkRegister;
import org.icsse.governance.domain.account.Role;
import org.icsse.governance.domain.network.MemberNetwork;
import org.icsse.governance.domain.network.NetworkCategory;
import org.icsse.governance.domain.network.NetworkStatus;
import org.icsse.governance.domain.network.Region;
import org.icsse.governance.web.faces.FieldErrors;
import org.icsse.governance.web.faces.Forms;
import org.icsse.governance.web.faces.Messages;

/** register/networks.xhtml: the register, page by page, and for the secretariat a dialog to add or edit a network. */
@Named
@ViewScoped
public class NetworksBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> FIELDS = List.of("name", "acronym", "region", "category", "weight", "status");
    private static final Set<NetworkStatus> STARTING = EnumSet.of(NetworkStatus.APPLICANT, NetworkStatus.MEMBER);

    @Inject
    NetworkRegister register;

    @Inject
    SecurityContext security;

    @Inject
    Messages messages;

    @Inject
    Forms forms;

    private NetworkLazyModel networks;
    private boolean editor;
    private List<SelectItem> regionOptions;
    private List<SelectItem> categoryOptions;
    private List<SelectItem> statusFilterOptions;
    private List<SelectItem> statusOptions;

    private Long editedId;
    private String name;
    private String acronym;
    private String region;
    private String category;
    private Integer weight;
    private String status;
    private String originalStatus;
    private final FieldErrors errors = new FieldErrors();

    @PostConstruct
    void init() {
        networks = new NetworkLazyModel(register);
        editor = security.isCallerInRole(Role.SECRETARIAT.name()) || security.isCallerInRole(Role.ADMIN.name());
        regionOptions = messages.options("region", EnumSet.allOf(Region.class));
        categoryOptions = messages.options("category", EnumSet.allOf(NetworkCategory.class));
        statusFilterOptions = messages.options("status", EnumSet.allOf(NetworkStatus.class));
        startCreate();
    }

    /** Empties the dialog for a new network. */
    public void startCreate() {
        errors.clear();
        editedId = null;
        name = null;
        acronym = null;
        region = null;
        category = null;
        weight = 1;
        status = NetworkStatus.MEMBER.name();
        originalStatus = null;
        statusOptions = messages.options("status", STARTING);
    }

    /** Fills the dialog with a network of the register; offers only the statuses it may move to. */
    public void startEdit(long id) {
        errors.clear();
        MemberNetwork network = register.get(id);
        editedId = network.id();
        name = network.name();
        acronym = network.acronym().value();
        region = network.region().name();
        category = network.category().name();
        weight = network.weight().value();
        status = network.status().name();
        originalStatus = status;
        Set<NetworkStatus> reachable = EnumSet.of(network.status());
        reachable.addAll(network.status().next());
        statusOptions = messages.options("status", reachable);
    }

    public void save() {
        boolean creating = editedId == null;
        String changedStatus = status == null || status.equals(originalStatus) ? null : status;
        boolean saved = forms.submit(errors, FIELDS, () -> creating
                ? register.register(new NetworkForm(name, acronym, region, category, weight, status))
                : register.update(editedId, new NetworkForm(name, acronym, region, category, weight, changedStatus)));
        if (saved) {
            messages.info(creating ? "networks.created" : "networks.updated", acronym);
        }
    }

    public NetworkLazyModel getNetworks() {
        return networks;
    }

    public boolean isEditor() {
        return editor;
    }

    public boolean isCreating() {
        return editedId == null;
    }

    public List<SelectItem> getRegionOptions() {
        return regionOptions;
    }

    public List<SelectItem> getCategoryOptions() {
        return categoryOptions;
    }

    public List<SelectItem> getStatusFilterOptions() {
        return statusFilterOptions;
    }

    public List<SelectItem> getStatusOptions() {
        return statusOptions;
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

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
