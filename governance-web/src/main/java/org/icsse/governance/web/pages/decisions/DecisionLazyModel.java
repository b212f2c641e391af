package org.icsse.governance.web.pages.decisions;

import java.util.List;
import java.util.Map;

import org.icsse.governance.application.ballot.DecisionService;
import org.icsse.governance.domain.decision.DecisionQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The register a page at a time, newest first, as searched: every page is a query of the service. */
public class DecisionLazyModel extends LazyDataModel<DecisionRow> {

    private static final long serialVersionUID = 1L;

    private final DecisionService service;
    private final Long bodyId;
    private final Integer year;
    private final String text;

    DecisionLazyModel(DecisionService service, Long bodyId, Integer year, String text) {
        this.service = service;
        this.bodyId = bodyId;
        this.year = year;
        this.text = text;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return Math.toIntExact(service.search(new DecisionQuery(bodyId, year, text, 0, 1)).total());
    }

    @Override
    public List<DecisionRow> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
        int limit = Math.max(1, Math.min(pageSize, DecisionQuery.MAX_LIMIT));
        return service.search(new DecisionQuery(bodyId, year, text, first, limit)).items().stream().map(DecisionRow::new).toList();
    }

    @Override
    public String getRowKey(DecisionRow row) {
        return Long.toString(row.getId());
    }

    @Override
    public DecisionRow getRowData(String rowKey) {
        List<DecisionRow> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
