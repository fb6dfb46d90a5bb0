package london.loti.hub.members;

import london.loti.hub.accounts.AccountCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Everyone with an account is a person of their organisation, created in the same transaction. */
@Component
class PersonForAccount {

    private final PersonQueries people;

    PersonForAccount(PersonQueries people) {
        this.people = people;
    }

    @EventListener
    void on(AccountCreated account) {
        people.create(account.organisationId(), account.displayName(), "", null, account.email(), account.accountId());
    }
}
