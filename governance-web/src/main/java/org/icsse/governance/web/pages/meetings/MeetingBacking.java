package org.icsse.governance.web.pages.meetings;

import java.util.EnumSet;
import java.util.List;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.motion.MotionService;
import org.icsse.governance.domain.meeting.AgendaItemKind;
import org.icsse.governance.domain.motion.MotionQuery;
import org.icsse.governance.domain.motion.MotionStatus;
import org.icsse.governance.web.faces.FieldErrors;
import org.icsse.governance.web.faces.Forms;
import org.primefaces.event.ReorderEvent;

/**
 * meetings/meeting.xhtml: a meeting's schedule and place, its agenda (set by the secretariat before the
 * meeting: admitted motions, reports and discussions, time allotments, order by drag and drop), attendance,
 * proxies and the quorum meter, kept up to date by the page's socket.
 */
@Named
@ViewScoped
public class MeetingBacking extends MeetingPanels {

    private static final long serialVersionUID = 1L;
    private static final List<String> ITEM_FIELDS = List.of("motionId", "kind", "title", "allottedMinutes");
    private static final List<String> PROXY_FIELDS = List.of("holder");

    @Inject
    MotionService motions;

    @Inject
    Forms forms;

    private List<SelectItem> motionOptions = List.of();
    private List<SelectItem> kindOptions = List.of();
    private Long motionId;
    private Integer motionMinutes;
    private String kind;
    private String itemTitle;
    private Integer itemMinutes;
    private Long holderId;
    private final FieldErrors motionErrors = new FieldErrors();
    private final FieldErrors itemErrors = new FieldErrors();
    private final FieldErrors proxyErrors = new FieldErrors();

    @Override
    public void load() {
        super.load();
        if (isPlanning()) {
            kindOptions = messages.options("meeting.kind", EnumSet.of(AgendaItemKind.REPORT, AgendaItemKind.DISCUSSION));
            kind = AgendaItemKind.REPORT.name();
            loadMotionOptions();
        }
    }

    /** The admitted motions of the body, which may go on the agenda. */
    private void loadMotionOptions() {
        motionOptions = motions.search(new MotionQuery(getBodyId(), MotionStatus.ADMITTED, null, null,
                MotionQuery.SortField.NUMBER, true, 0, MotionQuery.MAX_LIMIT)).items().stream()
                .map(m -> new SelectItem(m.id(), m.number() == null ? m.title() : m.number() + " – " + m.title()))
                .toList();
    }

    public void addMotion() {
        if (forms.submit(motionErrors, ITEM_FIELDS, () -> {
            show(meetings.addMotionItem(getId(), motionId == null ? -1L : motionId, motionMinutes));
            return null;
        })) {
            motionId = null;
            motionMinutes = null;
            loadMotionOptions();
        }
    }

    public void addItem() {
        if (forms.submit(itemErrors, ITEM_FIELDS, () -> {
            show(meetings.addFreeItem(getId(), kind, itemTitle, itemMinutes));
            return null;
        })) {
            itemTitle = null;
            itemMinutes = null;
        }
    }

    public void remove(long itemId) {
        call(() -> meetings.removeItem(getId(), itemId));
        loadMotionOptions();
    }

    public void allot(AgendaLine line) {
        call(() -> meetings.allot(getId(), line.getItemId(), line.getAllottedMinutes()));
    }

    /** A row was dropped elsewhere: PrimeFaces has already moved it in the list, the new order is sent. */
    public void reorder(ReorderEvent event) {
        List<Long> order = getAgenda().stream().map(AgendaLine::getItemId).toList();
        call(() -> meetings.reorder(getId(), order));
    }

    public void giveProxy() {
        forms.submit(proxyErrors, PROXY_FIELDS, () -> {
            show(meetings.giveProxy(getId(), holderId == null ? -1L : holderId));
            return null;
        });
    }

    public void revokeProxy() {
        call(() -> meetings.revokeProxy(getId()));
    }

    public List<SelectItem> getMotionOptions() {
        return motionOptions;
    }

    public List<SelectItem> getKindOptions() {
        return kindOptions;
    }

    public Long getMotionId() {
        return motionId;
    }

    public void setMotionId(Long motionId) {
        this.motionId = motionId;
    }

    public Integer getMotionMinutes() {
        return motionMinutes;
    }

    public void setMotionMinutes(Integer motionMinutes) {
        this.motionMinutes = motionMinutes;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public void setItemTitle(String itemTitle) {
        this.itemTitle = itemTitle;
    }

    public Integer getItemMinutes() {
        return itemMinutes;
    }

    public void setItemMinutes(Integer itemMinutes) {
        this.itemMinutes = itemMinutes;
    }

    public Long getHolderId() {
        return holderId;
    }

    public void setHolderId(Long holderId) {
        this.holderId = holderId;
    }

    public FieldErrors getMotionErrors() {
        return motionErrors;
    }

    public FieldErrors getItemErrors() {
        return itemErrors;
    }

    public FieldErrors getProxyErrors() {
        return proxyErrors;
    }
}
