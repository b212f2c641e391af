package org.icsse.governance.web.pages.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.archive.ArchiveCheck;
import org.icsse.governance.application.archive.ArchiveService;
import org.icsse.governance.domain.shared.AccessDeniedException;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.web.faces.Messages;

/**
 * admin/archive.xhtml: the sealed archive packages, and a check of the whole chain or of one package whose outcome
 * is a message: the counts when everything matches, else the first problem, translated by its kind
 * ({@code archive.problem.<KIND>}) and naming the package and the entry or link that does not match.
 * <p>
 * As for the job monitor, the archive admits the secretariat only; an administrator who opens the page by its
 * address is told that it is for the secretariat (see {@link JobsBacking}).
 */
@Named
@ViewScoped
public class ArchiveBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ArchiveService archive;

    @Inject
    Messages messages;

    private List<PackageRow> packages = List.of();
    private boolean secretariatOnly;

    @PostConstruct
    void init() {
        try {
            packages = archive.packages().stream().map(PackageRow::new).toList();
        } catch (AccessDeniedException notSecretariat) {
            secretariatOnly = true;
        }
    }

    /** Checks every package of the chain and the links between them, against the record of the database. */
    public void verifyChain() {
        try {
            show(archive.verifyChain());
        } catch (DomainException refused) {
            messages.error(refused);
        }
    }

    /** Checks the package of one meeting. */
    public void verify(long meetingId) {
        try {
            show(archive.verifyPackage(meetingId));
        } catch (DomainException refused) {
            messages.error(refused);
        }
    }

    private void show(ArchiveCheck check) {
        if (check.ok() && check.packagesChecked() == 0) {
            messages.info("archive.verified.empty");
        } else if (check.ok()) {
            messages.info("archive.verified", check.packagesChecked(), check.filesChecked());
        } else {
            messages.error("archive.problem." + check.problem(), orEmpty(check.packageFile()), orEmpty(check.entry()),
                    orEmpty(check.expected()), orEmpty(check.actual()));
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public List<PackageRow> getPackages() {
        return packages;
    }

    /** The caller is not of the secretariat (an administrator): the page explains instead of listing packages. */
    public boolean isSecretariatOnly() {
        return secretariatOnly;
    }
}
