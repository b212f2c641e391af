package org.icsse.governance.batch.tokens;

import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.account.ApiTokenService;
import org.icsse.governance.application.security.CallerContext;

/** The one step of {@value PurgeExpiredTokensJob#NAME}: deletes expired tokens, as the application itself. */
@Named("purgeExpiredTokensBatchlet")
@Dependent
public class PurgeExpiredTokensBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(PurgeExpiredTokensBatchlet.class.getName());

    @Inject
    ApiTokenService tokens;

    @Override
    public String process() {
        int purged = CallerContext.asSystem(tokens::purgeExpired);
        LOG.fine(() -> "Purged " + purged + " expired API tokens");
        return "PURGED " + purged;
    }
}
