package org.icsse.governance.bench;

/**
 * One line of the results table: what was measured, the same-run baseline, their ratio, the target and whether
 * it was met ({@code null}: not a target, only information).
 */
record Row(String benchmark, String figure, String baseline, String ratio, String target, Boolean met) {

    static Row info(String benchmark, String figure) {
        return new Row(benchmark, figure, "", "", "", null);
    }

    String verdict() {
        return met == null ? "" : met ? "met" : "MISSED";
    }
}
