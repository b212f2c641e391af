package org.icsse.governance.web.pages.motions;

import java.util.List;
import java.util.Map;

import org.icsse.governance.application.motion.MotionService;
import org.icsse.governance.domain.motion.MotionQuery;
import org.icsse.governance.domain.motion.MotionStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The motions of one body a page at a time: every sort, filter and page is a query of the service. */
public class MotionLazyModel extends LazyDataModel<MotionRow> {

    private static final long serialVersionUID = 1L;

    private final MotionService service;
    private final Long bodyId;

    MotionLazyModel(MotionService service, Long bodyId) {
        this.service = service;
        this.bodyId = bodyId;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return Math.toIntExact(service.search(query(Map.of(), filters, 0, 1)).total());
    }

    @Override
    public List<MotionRow> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
        int limit = Math.max(1, Math.min(pageSize, MotionQuery.MAX_LIMIT));
        return service.search(query(sorts, filters, first, limit)).items().stream().map(MotionRow::new).toList();
    }

    @Override
    public String getRowKey(MotionRow row) {
        return Long.toString(row.getId());
    }

    @Override
    public MotionRow getRowData(String rowKey) {
        List<MotionRow> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }

    private MotionQuery query(Map<String, SortMeta> sorts, Map<String, FilterMeta> filters, int first, int limit) {
        MotionQuery.SortField sortField = MotionQuery.SortField.NUMBER;
        boolean ascending = true;
        SortMeta sort = sorts.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
        if (sort != null) {
            sortField = sortField(sort.getField());
            ascending = !sort.getOrder().isDescending();
        }
        return new MotionQuery(bodyId, status(filter(filters, "status")), filter(filters, FilterMeta.GLOBAL_FILTER_KEY),
                null, sortField, ascending, first, limit);
    }

    private static MotionQuery.SortField sortField(String field) {
        for (MotionQuery.SortField candidate : MotionQuery.SortField.values()) {
            if (candidate.name().equalsIgnoreCase(field)) {
                return candidate;
            }
        }
        return MotionQuery.SortField.NUMBER;
    }

    private static String filter(Map<String, FilterMeta> filters, String key) {
        FilterMeta meta = filters.get(key);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static MotionStatus status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return MotionStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
