package org.icsse.governance.web.pages.minutes;

import java.io.Serializable;

import org.icsse.governance.application.meeting.MinutesView;

/** The section of an agenda item as shown: its heading and its HTML, sanitised by the minutes service. */
public final class SectionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long itemId;
    private final String heading;
    private final String html;

    SectionRow(MinutesView.Section section) {
        itemId = section.itemId();
        heading = section.heading();
        html = section.html();
    }

    public long getItemId() {
        return itemId;
    }

    public String getHeading() {
        return heading;
    }

    public String getHtml() {
        return html;
    }
}
