package london.loti.hub.accounts;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly why the first admin could not be set up, instead of a stack trace. */
class AdminSetupFailureAnalyzer extends AbstractFailureAnalyzer<AdminSetupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminSetupException cause) {
        return new FailureAnalysis("The first admin was not created: " + cause.getMessage() + ".",
                "Set LOTI_ADMIN_EMAIL to the admin's email address and LOTI_ADMIN_PASSWORD to a password of at least "
                        + PasswordPolicy.MINIMUM_LENGTH + " characters that is hard to guess, then start LOTI Hub again.",
                cause);
    }
}
