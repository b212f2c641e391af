package org.icsse.governance.web.pages.admin;

import java.util.List;
import java.util.Map;

import org.icsse.governance.application.audit.AuditTrail;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log newest first, one page at a time. */
public class AuditLazyModel extends LazyDataModel<AuditRow> {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PAGE = 500;

    private final AuditTrail trail;

    AuditLazyModel(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return Math.toIntExact(trail.newest(0, 1).total());
    }

    @Override
    public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
        return trail.newest(first, Math.max(1, Math.min(pageSize, MAX_PAGE))).items().stream().map(AuditRow::new).toList();
    }

    @Override
    public String getRowKey(AuditRow row) {
        return Long.toString(row.getSequence());
    }

    @Override
    public AuditRow getRowData(String rowKey) {
        List<AuditRow> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
