package org.icsse.governance.web.pages.admin;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.icsse.governance.application.register.CsvImportException;
import org.icsse.governance.application.register.NetworkRegister;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.web.faces.Messages;
import org.icsse.governance.web.faces.UserSession;

/** admin/import.xhtml: a CSV file of networks, imported whole or not at all, with every bad row explained. */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NetworkRegister register;

    @Inject
    Messages messages;

    @Inject
    UserSession session;

    /** The browser's own file input (h:inputFile): PrimeFaces 15 hides its simple upload's input from assistive technology. */
    private transient Part file;
    private List<RowProblem> problems = List.of();

    public void upload() {
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            messages.error("import.noFile");
            return;
        }
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            int imported = register.importCsv(reader).size();
            messages.info("import.done", imported);
        } catch (CsvImportException refused) {
            problems = refused.errors().stream()
                    .map(error -> new RowProblem(error.line(), error.field(), error.problem().localizedMessage(session.getLocale())))
                    .toList();
            messages.error("import.refused", problems.size());
        } catch (DomainException refused) {
            messages.error(refused);
        } catch (IOException e) {
            messages.error("import.unreadable");
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<RowProblem> getProblems() {
        return problems;
    }

    public boolean isRefused() {
        return !problems.isEmpty();
    }

    /** One problem of one line of the file, translated. */
    public static final class RowProblem implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long line;
        private final String field;
        private final String message;

        RowProblem(long line, String field, String message) {
            this.line = line;
            this.field = field;
            this.message = message;
        }

        public long getLine() {
            return line;
        }

        public String getField() {
            return field;
        }

        public String getMessage() {
            return message;
        }
    }
}
