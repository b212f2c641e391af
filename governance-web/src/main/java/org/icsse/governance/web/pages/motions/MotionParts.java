package org.icsse.governance.web.pages.motions;

import java.io.Serializable;
import java.time.Instant;

import org.icsse.governance.application.text.DiffLine;

/** The parts of the motion page, as plain values with getters for EL: seconds, versions, translations, history, diff rows. */
public final class MotionParts {

    private MotionParts() {
    }

    /** A network's second: its acronym and when. */
    public static final class SecondRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String acronym;
        private final Instant when;

        SecondRow(String acronym, Instant when) {
            this.acronym = acronym;
            this.when = when;
        }

        public String getAcronym() {
            return acronym;
        }

        public Instant getWhen() {
            return when;
        }
    }

    /** One version of the text: number, when, the author network, the amendment that produced it (if any). */
    public static final class VersionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int number;
        private final Instant when;
        private final String author;
        private final String amendmentNumber;

        VersionRow(int number, Instant when, String author, String amendmentNumber) {
            this.number = number;
            this.when = when;
            this.author = author;
            this.amendmentNumber = amendmentNumber;
        }

        public int getNumber() {
            return number;
        }

        public Instant getWhen() {
            return when;
        }

        public String getAuthor() {
            return author;
        }

        public String getAmendmentNumber() {
            return amendmentNumber;
        }
    }

    /** A translation: language, whether official, the version it was made from, and whether the reader may approve it. */
    public static final class TranslationRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String language;
        private final String title;
        private final boolean official;
        private final int ofVersion;
        private final Instant when;
        private final boolean approvable;

        TranslationRow(String language, String title, boolean official, int ofVersion, Instant when, boolean approvable) {
            this.language = language;
            this.title = title;
            this.official = official;
            this.ofVersion = ofVersion;
            this.when = when;
            this.approvable = approvable;
        }

        public String getLanguage() {
            return language;
        }

        public String getTitle() {
            return title;
        }

        public boolean isOfficial() {
            return official;
        }

        /** The bundle key suffix for the kind of translation. */
        public String getKind() {
            return official ? "OFFICIAL" : "UNOFFICIAL";
        }

        public int getOfVersion() {
            return ofVersion;
        }

        public Instant getWhen() {
            return when;
        }

        public boolean isApprovable() {
            return approvable;
        }
    }

    /** One change in the history: when, who, and the audit action key. */
    public static final class HistoryRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Instant when;
        private final String actor;
        private final String action;

        HistoryRow(Instant when, String actor, String action) {
            this.when = when;
            this.actor = actor;
            this.action = action;
        }

        public Instant getWhen() {
            return when;
        }

        public String getActor() {
            return actor;
        }

        public String getAction() {
            return action;
        }
    }

    /** One row of a side-by-side comparison: the old and new line as HTML escaped by the service, and its CSS class. */
    public static final class DiffRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String styleClass;
        private final String oldHtml;
        private final String newHtml;

        DiffRow(DiffLine line) {
            styleClass = "diff-" + line.change().name().toLowerCase(java.util.Locale.ROOT);
            oldHtml = line.oldHtml();
            newHtml = line.newHtml();
        }

        public String getStyleClass() {
            return styleClass;
        }

        public String getOldHtml() {
            return oldHtml;
        }

        public String getNewHtml() {
            return newHtml;
        }
    }
}
