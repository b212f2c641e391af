package org.icsse.governance.web.pages.register;

import java.util.List;
import java.util.Map;

import org.icsse.governance.application.register.NetworkRegister;
import org.icsse.governance.domain.network.NetworkCategory;
import org.icsse.governance.domain.network.NetworkQuery;
import org.icsse.governance.domain.network.NetworkStatus;
import org.icsse.governance.domain.network.Region;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The register one page at a time: every sort, filter and page is a query of the register, never a list of all. */
public class NetworkLazyModel extends LazyDataModel<NetworkRow> {

    private static final long serialVersionUID = 1L;

    private final NetworkRegister register;

    NetworkLazyModel(NetworkRegister register) {
        this.register = register;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return Math.toIntExact(register.search(query(Map.of(), filters, 0, 1)).total());
    }

    @Override
    public List<NetworkRow> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
        int limit = Math.max(1, Math.min(pageSize, NetworkQuery.MAX_LIMIT));
        return register.search(query(sorts, filters, first, limit)).items().stream().map(NetworkRow::new).toList();
    }

    @Override
    public String getRowKey(NetworkRow row) {
        return Long.toString(row.getId());
    }

    @Override
    public NetworkRow getRowData(String rowKey) {
        List<NetworkRow> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }

    private static NetworkQuery query(Map<String, SortMeta> sorts, Map<String, FilterMeta> filters, int first, int limit) {
        NetworkQuery.SortField sortField = NetworkQuery.SortField.ACRONYM;
        boolean ascending = true;
        SortMeta sort = sorts.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
        if (sort != null) {
            sortField = sortField(sort.getField());
            ascending = !sort.getOrder().isDescending();
        }
        return new NetworkQuery(filter(filters, FilterMeta.GLOBAL_FILTER_KEY), 
                enumFilter(filters, "region", Region.class),
                enumFilter(filters, "category", NetworkCategory.class),
                enumFilter(filters, "status", NetworkStatus.class),
                sortField, ascending, first, limit);
    }

    private static NetworkQuery.SortField sortField(String field) {
        for (NetworkQuery.SortField candidate : NetworkQuery.SortField.values()) {
            if (candidate.name().equalsIgnoreCase(field)) {
                return candidate;
            }
        }
        return NetworkQuery.SortField.ACRONYM;
    }

    private static String filter(Map<String, FilterMeta> filters, String key) {
        FilterMeta meta = filters.get(key);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static <E extends Enum<E>> E enumFilter(Map<String, FilterMeta> filters, String key, Class<E> type) {
        String value = filter(filters, key);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
