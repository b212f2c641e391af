package org.icsse.governance.web.pages.minutes;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.register.BodyRegister;
import org.icsse.governance.domain.body.Body;

/**
 * minutes/register.xhtml: the register of minutes of a body, available to every member: the body's meetings,
 * latest first, with where their minutes stand. Without a body, the bodies to choose from.
 */
@Named("minutesRegisterBacking")
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A body to choose. */
    public static final class BodyLink implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String code;
        private final String name;

        BodyLink(Body body) {
            id = body.id();
            code = body.code().value();
            name = body.name();
        }

        public long getId() {
            return id;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }

    @Inject
    BodyRegister bodies;

    @Inject
    MinutesRows rows;

    private Long body;
    private List<BodyLink> bodyLinks = List.of();
    private String bodyName;
    private List<MinutesRow> meetings = List.of();

    /** The view action: the bodies, and the meetings of the chosen one. */
    public void load() {
        List<Body> all = bodies.list();
        bodyLinks = all.stream().map(BodyLink::new).toList();
        all.stream().filter(b -> body != null && b.id().equals(body)).findFirst().ifPresent(chosen -> {
            bodyName = chosen.name() + " (" + chosen.code().value() + ")";
            meetings = rows.ofBody(chosen.id());
        });
    }

    public Long getBody() {
        return body;
    }

    public void setBody(Long body) {
        this.body = body;
    }

    public boolean isChosen() {
        return bodyName != null;
    }

    public String getBodyName() {
        return bodyName;
    }

    public List<BodyLink> getBodyLinks() {
        return bodyLinks;
    }

    public List<MinutesRow> getMeetings() {
        return meetings;
    }
}
